import {
  BOARD_FILE_FORMATS,
  type BoardFile,
  readBoardFile,
} from "../../adapters/board-file/read-board-file";

/** The largest board file the playground reads: a long-lived board of many thousand notes. */
export const MAX_BOARD_FILE_BYTES = 50 * 1024 * 1024;

/** A board file read for the playground, or what is wrong with it in words for the page. */
export type LoadedBoardFile = { ok: true; board: BoardFile } | { ok: false; message: string };

const UNCHANGED = "The board on screen is unchanged.";
const EXPECTED = `Choose ${BOARD_FILE_FORMATS}.`;

/**
 * Reads the text of a file someone picked as a board. Every failure says what is wrong with
 * this file, what file is expected instead, and that the board on screen was left as it was.
 */
export function loadBoardFile(text: string, fileName: string): LoadedBoardFile {
  const name = `“${fileName}”`;
  const fail = (problem: string): LoadedBoardFile => ({
    ok: false,
    message: `${problem} ${EXPECTED} ${UNCHANGED}`,
  });
  if (text.trim() === "") return fail(`${name} is empty.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`${name} is not JSON, so it cannot be a board file (${shorten(reason)}).`);
  }
  const read = readBoardFile(json);
  if (!read.ok && read.error.startsWith("This is not a board file.")) {
    return fail(`${name} is not a board file.`);
  }
  if (!read.ok) return fail(`${name} could not be read as a board: ${sentence(read.error)}`);
  if (read.value.items.length === 0) return fail(`${name} is a board file with nothing on it.`);
  return { ok: true, board: read.value };
}

/** What the page says of a board file it loaded: its name, how many items, and any warnings. */
export function loadedNotice(fileName: string, board: BoardFile): string {
  const count = board.items.length;
  const warnings = board.warnings.map((warning) =>
    warning.replace(/^./, (c) => c.toUpperCase()).replace(/\.?$/, "."),
  );
  return [`Loaded “${fileName}”: ${count} ${count === 1 ? "item" : "items"}.`, ...warnings].join(
    " ",
  );
}

/** The size check made before a file is read at all. */
export function boardFileTooLarge(bytes: number, fileName: string): string | null {
  if (bytes <= MAX_BOARD_FILE_BYTES) return null;
  const megabytes = Math.round(bytes / 1024 / 1024);
  return `“${fileName}” is ${megabytes} MB; the playground reads board files up to ${MAX_BOARD_FILE_BYTES / 1024 / 1024} MB. ${UNCHANGED}`;
}

/** The reader's words on one line, ending as a sentence does. */
function sentence(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\.?$/, ".");
}

function shorten(reason: string): string {
  const line = reason.split("\n")[0] ?? reason;
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
