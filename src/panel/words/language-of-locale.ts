import type { Language } from "../../core/lexicon/lane-words";

/**
 * The panel's language for a host locale (`sv-SE`, `da`, `en-GB`...): Swedish and Danish where the
 * host says so, English for everything else.
 */
export function languageOfLocale(locale: string | undefined | null): Language {
  const primary = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (primary === "sv") return "sv";
  if (primary === "da") return "da";
  return "en";
}
