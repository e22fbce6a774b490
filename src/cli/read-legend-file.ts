import { type Legend, LegendSchema } from "../core/legend/legend";
import { parseOutside } from "../core/model/parse-outside";
import { CliError } from "./cli-error";
import { readJsonFile } from "./read-json-file";

/** Reads a legend JSON file (`--legend`), failing with the path of the bad field. */
export async function readLegendFile(path: string, cwd: string): Promise<Legend> {
  const legend = parseOutside(LegendSchema, await readJsonFile(path, cwd, "legend file"), path);
  if (!legend.ok) throw new CliError(legend.error.replace(/:\n/, ": ").replace(/\n/g, "; "));
  return legend.value;
}
