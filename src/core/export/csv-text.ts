import { csvFormatRow } from "d3-dsv";

/**
 * `tracker`: RFC 4180 only, for importers that read cells as they are. `spreadsheet`: also
 * neutralises cells that begin with = + - @, a tab or a carriage return (CSV formula injection,
 * OWASP) by putting a ' before them, for files people open in a spreadsheet.
 */
export type CsvMode = "tracker" | "spreadsheet";

/** No `m` flag: only the cell's first character counts, however many lines the cell has. */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  mode: CsvMode;
  /** A byte order mark, so spreadsheet programs read the file as UTF-8. */
  bom?: boolean;
}

/**
 * Rows as CSV by RFC 4180, each row written by d3-dsv (fields with commas, quotes or line breaks
 * quoted, inner quotes doubled, nothing else quoted); lines ended with CRLF, the last one too.
 */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions,
): string {
  const guard =
    options.mode === "spreadsheet"
      ? (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell)
      : (cell: string) => cell;
  const lines = [header, ...rows].map((row) => csvFormatRow(row.map(guard)));
  return `${options.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
