import type { BoardItem } from "../../core/board/board-item";
import type { Platform } from "../../core/colour/named-colour";
import type { Parsed } from "../../core/model/parse-outside";
import { looksLikeFigmaFile, readFigmaFile } from "../figma-rest/read-figma-file";
import { looksLikeMiroItems, readMiroItems } from "../miro-rest/read-miro-items";
import { itemsOnBoard } from "./board-extent";

/** A board read from a file, whichever platform exported it. */
export interface BoardFile {
  platform: Platform;
  format: "miro-rest" | "figma-rest";
  name: string | null;
  items: BoardItem[];
  warnings: string[];
}

export const BOARD_FILE_FORMATS =
  'a Miro REST items file (GET /v2/boards/{id}/items: { "data": [...] }, an array of pages, or an array of items) or a Figma REST file of a FigJam board (GET /v1/files/:key)';

/**
 * Reads a board file, telling Miro's REST items from Figma's file JSON by their content. Items
 * that share an id (pages exported twice, say) are all kept, the later ones renamed `id~2`...,
 * and a renamed table's cells name it by its new id. Items beyond any board's extent are dealt
 * with by `itemsOnBoard`; a file of no items is read, with a warning. Everything the platform's reader gives
 * (outlines, table cells, stamps, lines, cards) is passed on as it is.
 */
export function readBoardFile(json: unknown): Parsed<BoardFile> {
  const read = readEither(json);
  if (!read.ok) return read;
  const board = read.value;
  board.items = itemsOnBoard(board.items, board.warnings);
  distinctIds(board);
  if (board.items.length === 0) {
    board.warnings.push("the board file holds no items: the journey read from it is empty");
  }
  return read;
}

function distinctIds(board: BoardFile): void {
  const seen = new Set<string>();
  const repeats = new Map<string, number>();
  // A table's cells follow it: they name the table by the id it was last given.
  const tables = new Map<string, string>();
  for (const item of board.items) {
    if (item.cell) item.cell.tableId = tables.get(item.cell.tableId) ?? item.cell.tableId;
    const id = item.id;
    if (seen.has(id)) {
      const count = (repeats.get(id) ?? 1) + 1;
      repeats.set(id, count);
      item.id = `${id}~${count}`;
    } else seen.add(id);
    if (item.platformType === "TABLE") tables.set(id, item.id);
  }
  for (const [id, count] of repeats) {
    board.warnings.push(
      `${count} items share the id ${id}; all are read, the later ones as ${id}~2 and on`,
    );
  }
}

function readEither(json: unknown): Parsed<BoardFile> {
  if (looksLikeFigmaFile(json)) {
    const read = readFigmaFile(json);
    return read.ok
      ? { ok: true, value: { platform: "figjam", format: "figma-rest", ...read.value } }
      : read;
  }
  if (looksLikeMiroItems(json)) {
    const read = readMiroItems(json);
    return read.ok
      ? { ok: true, value: { platform: "miro", format: "miro-rest", name: null, ...read.value } }
      : read;
  }
  return { ok: false, error: `This is not a board file. Expected ${BOARD_FILE_FORMATS}.` };
}
