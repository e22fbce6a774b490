import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "./cli-error";
import { jsonErrorPlace, lineAndColumn } from "./json-error-place";
import { printable } from "./quote-value";

/**
 * Reads and parses a JSON file, failing with a message that says what to do. `role` names the
 * file in the message for an empty path (`board file`, `legend file`). Text in UTF-8, with or
 * without a byte order mark, and in UTF-16 (what some Windows editors save) is read.
 */
export async function readJsonFile(path: string, cwd: string, role = "file"): Promise<unknown> {
  if (path === "") throw new CliError(`the ${role}'s path is empty; give the path of a JSON file`);
  const shown = shownPath(path);
  let bytes: Buffer;
  try {
    const kind = await stat(resolve(cwd, path));
    // A device such as /dev/zero never ends; a pipe (/dev/stdin fed by another program) does.
    if (kind.isCharacterDevice() || kind.isBlockDevice() || kind.isSocket()) {
      throw new CliError(`${shown}: is a device, not a file; give the path of a JSON file`);
    }
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "ENOENT")
      throw new CliError(
        `${shown}: no such file; check the path (relative paths start in the current folder)`,
      );
    if (code === "EISDIR")
      throw new CliError(`${shown}: is a folder, not a file; give the path of a JSON file in it`);
    if (code === "ERR_FS_FILE_TOO_LARGE")
      throw new CliError(`${shown}: is too large to read (over 2 GB); is it the file you meant?`);
    throw new CliError(`${shown}: cannot be read (${printable(code ?? String(error))})`);
  }
  const text = decoded(bytes);
  if (text === null) {
    throw new CliError(`${shown}: is not text (not UTF-8 or UTF-16); give the JSON file itself`);
  }
  if (text.trim() === "") throw new CliError(`${shown}: is empty; give a JSON file`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${shown}: ${whereBroken(text, error)}`);
  }
}

/**
 * A path as a message shows it: printable, and in quotes when spaces at its ends would
 * otherwise not be seen (" board.json" is not "board.json").
 */
export function shownPath(path: string): string {
  const shown = printable(path, 300);
  return /^\s|\s$/.test(path) ? `"${shown}"` : shown;
}

/** The file's text, or null when its bytes are no text. */
function decoded(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString("utf16le", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    return swapped.length % 2 === 0 ? swapped.swap16().toString("utf16le") : null;
  }
  // UTF-16 without a byte order mark: JSON starts with an ASCII character, so a zero byte.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return bytes.toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0 && bytes.length % 2 === 0) {
    return Buffer.from(bytes).swap16().toString("utf16le");
  }
  try {
    // The decoder drops a UTF-8 byte order mark, which JSON.parse would refuse.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Where the JSON breaks and what was found there, never the raw text around it. */
function whereBroken(text: string, error: unknown): string {
  const place = jsonErrorPlace(text);
  if (!place) return `cannot be read as JSON (${printable(String(error))})`;
  const { line, column } = lineAndColumn(text, place.at);
  const found = text.codePointAt(place.at);
  const what =
    found === undefined || (place.at === 0 && found === 0x22)
      ? ""
      : `, found '${printable(String.fromCodePoint(found))}'`;
  return `not valid JSON at line ${line}, column ${column}: ${place.problem}${what}; fix the file there or export it again`;
}
