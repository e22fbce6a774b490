import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "./cli-error";

/** Reads and parses a JSON file, failing with a message that says what to do. */
export async function readJsonFile(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new CliError(`${path}: no such file`);
    if (code === "EISDIR") throw new CliError(`${path}: is a folder, not a file`);
    throw new CliError(`${path}: cannot be read (${code ?? String(error)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(`${path}: not valid JSON (${detail})`);
  }
}
