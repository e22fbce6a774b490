import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";

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
    const code = (error as { code?: string }).code ?? String(error);
    throw new CliError(`${out}: cannot be written (${code})`);
  }
}

/**
 * A result as JSON text: indented for a reader on a terminal, compact for a file or another
 * program, which read it quicker and keep a third less of it (the 40k-note board's journey).
 */
export function jsonText(value: unknown, out: string | undefined, io: CliIo): string {
  const indent = out === undefined && io.terminal === true ? 2 : undefined;
  return `${JSON.stringify(value, null, indent)}\n`;
}
