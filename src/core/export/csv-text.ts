import Papa from "papaparse";

/**
 * `tracker`: RFC 4180 only, for importers that read cells as they are. `spreadsheet`: also
 * neutralises cells that begin with = + - @, a tab or a carriage return (CSV formula injection,
 * OWASP) by putting a ' before them, for files people open in a spreadsheet.
 */
export type CsvMode = "tracker" | "spreadsheet";

const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  mode: CsvMode;
  /** A byte order mark, so spreadsheet programs read the file as UTF-8. */
  bom?: boolean;
}

/**
 * Rows as CSV by RFC 4180, written by Papa Parse: fields with commas, quotes or line breaks
 * quoted, inner quotes doubled, lines ended with CRLF.
 */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions,
): string {
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    {
      newline: "\r\n",
      quoteChar: '"',
      escapeChar: '"',
      delimiter: ",",
      // Papa's own pattern stops at the first line break and misses a cell of several lines.
      escapeFormulae: options.mode === "spreadsheet" ? FORMULA_START : false,
    },
  );
  // Papa ends a header-only file with a line break but not a file with rows; end both with one.
  return `${options.bom ? "\uFEFF" : ""}${text.replace(/\r\n$/, "")}\r\n`;
}
