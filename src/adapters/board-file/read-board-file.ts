import type { BoardItem } from "../../core/board/board-item";
import type { Platform } from "../../core/colour/named-colour";
import type { Parsed } from "../../core/model/parse-outside";
import { looksLikeFigmaFile, readFigmaFile } from "../figma-rest/read-figma-file";
import { looksLikeMiroItems, readMiroItems } from "../miro-rest/read-miro-items";

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

/** Reads a board file, telling Miro's REST items from Figma's file JSON by their content. */
export function readBoardFile(json: unknown): Parsed<BoardFile> {
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
