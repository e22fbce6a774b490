import { readBoardFile } from "../adapters/board-file/read-board-file";
import type { Journey } from "../core/model/journey";
import { type Reconstruction, reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { readJsonFile } from "./read-json-file";
import { readLegendFile } from "./read-legend-file";

/** A board file read into a journey, with the file's warnings written to standard error. */
export async function loadJourney(
  file: string,
  legendFile: string | undefined,
  io: CliIo,
): Promise<Reconstruction & { journey: Journey; platform: "miro" | "figjam" }> {
  const cwd = io.cwd ?? process.cwd();
  const legend = legendFile === undefined ? undefined : await readLegendFile(legendFile, cwd);
  const board = readBoardFile(await readJsonFile(file, cwd));
  if (!board.ok) throw new CliError(`${file}: ${board.error}`);
  for (const warning of board.value.warnings) io.stderr(`journey-mapper: note: ${warning}\n`);
  const reconstruction = reconstructJourney(board.value.items, {
    platform: board.value.platform,
    ...(legend ? { legend } : {}),
    title: board.value.name,
  });
  return { ...reconstruction, platform: board.value.platform };
}
