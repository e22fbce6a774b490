import * as z from "zod/mini";

export const APP_MARK_SCHEMA_VERSION = 1;

/**
 * What the app writes on every item it creates (Miro item metadata, FigJam plugin data), so it
 * can find its own items again and never mistake a user's note for one. Kept small: Miro allows
 * 256 bytes of metadata per item.
 */
export const AppMarkSchema = z.object({
  schemaVersion: z.literal(APP_MARK_SCHEMA_VERSION),
  /** What the item is for, e.g. `stage-header` or `lane-label`. */
  role: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Stable within one template or write-back, e.g. `cell:2:pain`; a re-run finds it by this. */
  key: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Which template (or write-back) on the board the item belongs to. */
  templateId: z.string().check(z.minLength(1), z.maxLength(40)),
});

export type AppMark = z.infer<typeof AppMarkSchema>;
