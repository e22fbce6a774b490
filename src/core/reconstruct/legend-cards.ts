import type { Platform } from "../colour/named-colour";
import { colourFor, type Legend } from "../legend/legend";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";

/**
 * A card's theme is no sticky colour: a card is a task, so where its place leaves its lane to
 * colour (no row, or a row read from its colours) it reads as an action, in the colour the
 * legend gives actions. Its own fill stays in `rawColour`.
 */
export function readCardsAsActions(parts: BoardParts, legend: Legend, platform: Platform): void {
  const action = colourFor(legend, "action", platform) ?? null;
  const { notes } = parts;
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i] as Note;
    if (note.itemKind !== "card") continue;
    note.colour = action;
    note.colourDistance = 0;
  }
}
