import { en } from "zod/locales";
import * as z from "zod/mini";

/**
 * Gives zod its English messages ("Too small: expected string to have >=1 characters"). zod/mini
 * loads no locale, so without this every problem reads "Invalid input". The CLI prints these
 * messages after the path of the bad field, so it sets them up before it reads anything; the
 * core never does, and neither may the panel page: the locale would cost it kilobytes it has not.
 */
export function useEnglishMessages(): void {
  z.config(en());
}
