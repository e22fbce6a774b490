import type { Platform } from "../colour/named-colour";
import { resolveColour } from "../colour/resolve-colour";
import type { Note } from "../model/note";
import type { BoardItem } from "./board-item";

/** Reads a board item as a note: its fill as a named colour of the board's platform. */
export function itemToNote(item: BoardItem, platform: Platform): Note {
  const { colour, distance } = resolveColour(item.fill, platform);
  return {
    id: item.id,
    text: item.text,
    colour,
    rawColour: item.fill,
    colourDistance: distance,
    x: item.x,
    y: item.y,
    width: item.width,
    height: item.height,
    itemKind: item.kind,
    parentId: item.parentId,
  };
}
