import { statSync } from "node:fs";
import { resolve } from "node:path";
import { usageError } from "./cli-error";
import { quoteValue } from "./quote-value";

/** A file the command reads, and what the message calls it. */
export interface InputFile {
  path: string | undefined;
  /** "the board file", "the legend file". */
  what: string;
}

/**
 * Refuses an `--out` that names a file the command reads: the output would replace the team's
 * board (or legend, or people file) with a journey or a CSV, and the board file may be their only
 * copy. The same file is the same path, or the same file reached by a link (one device and inode).
 */
export function refuseOutputOverInput(
  out: string | undefined,
  inputs: readonly InputFile[],
  cwd: string,
): void {
  if (out === undefined) return;
  const target = resolve(cwd, out);
  const written = identity(target);
  for (const { path, what } of inputs) {
    if (path === undefined) continue;
    const source = resolve(cwd, path);
    const read = identity(source);
    const same = source === target || (written !== null && read !== null && written === read);
    if (same) {
      throw usageError(
        `--out ${quoteValue(out)} is ${what} it reads; write the output to another file`,
      );
    }
  }
}

/**
 * A regular file's device and inode, or null where there is none yet. Devices are left out:
 * /dev/stdin and /dev/stdout are one terminal, yet reading one never overwrites the other.
 */
function identity(path: string): string | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.dev}:${stat.ino}` : null;
  } catch {
    return null;
  }
}
