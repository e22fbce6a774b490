import { writeFigmaFile } from "../../adapters/figma-rest/write-figma-file";
import { writeMiroItems } from "../../adapters/miro-rest/write-miro-items";
import type { BoardItem } from "../../core/board/board-item";
import type { Platform } from "../../core/colour/named-colour";
import { type LeftOut, leftOutOfFile } from "./left-out-of-file";
import { loadBoardFile } from "./load-board-file";

/** A board written as a file to download. */
export interface SavedBoardFile {
  fileName: string;
  text: string;
  /** What the file could not carry, found by reading it back as "Load board" would. */
  leftOut: LeftOut;
}

/**
 * Writes the board as the file its platform's REST API gives: Miro REST items for a Miro
 * board, a Figma REST file for a FigJam one, so "Load board" (and the CLI) read it back. Ids
 * stay as they are, so a board saved and loaded again is the same board.
 */
export function saveBoardFile(
  items: readonly BoardItem[],
  platform: Platform,
  name: string,
): SavedBoardFile {
  const base =
    name
      .trim()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "board";
  const json =
    platform === "miro"
      ? writeMiroItems(items, { keepIds: true })
      : writeFigmaFile(items, name, { keepIds: true });
  const fileName = `${base}.${platform === "miro" ? "miro" : "figjam"}.json`;
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const readBack = loadBoardFile(text, fileName);
  return {
    fileName,
    text,
    leftOut: leftOutOfFile(items, readBack.ok ? readBack.board.items : []),
  };
}
