import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import sample from "../apps/playground/sample/flytta-bredband.json";
import { EXAMPLE_BOARD_FILE, exampleBoard } from "./example-board";

/** The example board's file as committed: two-space JSON, as `jq -s .` writes the pages. */
export function exampleBoardText(): string {
  return `${JSON.stringify(exampleBoard(sample), null, 2)}\n`;
}

// Run as `npx tsx src/examples/write-example-board.ts` to write the file again.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL(`../../${EXAMPLE_BOARD_FILE}`, import.meta.url));
  await writeFile(path, exampleBoardText());
  process.stdout.write(`Wrote ${EXAMPLE_BOARD_FILE}\n`);
}
