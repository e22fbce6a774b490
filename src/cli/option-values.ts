import type { Language } from "../core/lexicon/lane-words";
import { LanguageSchema } from "../core/template/template-spec";
import { choice } from "./parse-options";

/** The report formats: data or a page to read. */
export type ReportFormat = "json" | "md";

/**
 * `--lang`: a board's language by its code in any case, or as people also write it: its name in
 * English or in itself, or a locale such as sv-SE.
 */
export function chooseLanguage(value: string): Language {
  return choice("--lang", value, LanguageSchema.options, {
    noun: "language",
    aliases: {
      english: "en",
      "en-gb": "en",
      "en-us": "en",
      swedish: "sv",
      svenska: "sv",
      "sv-se": "sv",
      danish: "da",
      dansk: "da",
      "da-dk": "da",
    },
  });
}

/** `--format`: json, or md, also spelt markdown. */
export function chooseFormat(value: string): ReportFormat {
  return choice("--format", value, ["json", "md"], {
    noun: "format",
    aliases: { markdown: "md" },
  });
}
