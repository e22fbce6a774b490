import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { printable } from "./quote-value";
import { shownPath } from "./read-json-file";

/** Writes a verb's result to `--out FILE`, or to standard output when no file is given. */
export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    // One blocking write: the promise API writes a journey of megabytes in many small steps.
    writeFileSync(resolve(io.cwd ?? process.cwd(), out), text, "utf8");
  } catch (error) {
    throw new CliError(`${shownPath(out)}: ${whyNotWritten(error)}`);
  }
}

/** Why a file could not be written, and what to do, in words rather than an error code. */
function whyNotWritten(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "cannot be written: its folder does not exist; create it first";
  if (code === "ENOTDIR") return "cannot be written: part of its path is a file, not a folder";
  if (code === "EISDIR") return "is a folder; give the path of a file to write";
  if (code === "EACCES" || code === "EPERM")
    return "cannot be written: no permission there; choose another folder";
  if (code === "ENOSPC") return "cannot be written: the disk is full";
  if (code === "EROFS") return "cannot be written: the disk is read-only; choose another folder";
  return `cannot be written (${printable(code ?? String(error))})`;
}

/**
 * A result as JSON text: indented for a reader on a terminal, compact for a file or another
 * program, which read it quicker and keep a third less of it (the 40k-note board's journey).
 */
export function jsonText(value: unknown, out: string | undefined, io: CliIo): string {
  const indent = out === undefined && io.terminal === true ? 2 : undefined;
  return `${JSON.stringify(value, null, indent)}\n`;
}
