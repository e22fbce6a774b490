import { MIRO_COLOUR_NAMES } from "../../../core/colour/named-colour";
import type { BoardState } from "./board-state";
import { isAppItem, isPlaced, type MiroRecord } from "./miro-record";
import { moveItem, removeItem } from "./user-actions";
import { addUserNote } from "./user-items";

/** How far, at most, a person nudges a note each way. */
const NUDGE = 60;
/** How far beside an item a person puts a new note. */
const BESIDE = 260;

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

function nudgeUserNote(state: BoardState, random: () => number): boolean {
  const notes = state.store.all().filter((r) => r.type === "sticky_note" && !isAppItem(r));
  const note = pick(notes, random);
  if (!note || !isPlaced(note)) return false;
  const dx = Math.round((random() * 2 - 1) * NUDGE);
  const dy = Math.round((random() * 2 - 1) * NUDGE);
  moveItem(state, note.id, note.x + dx, note.y + dy);
  state.userEdits.push(`moved user note ${note.id} by (${dx}, ${dy})`);
  return true;
}

function deleteAppItem(state: BoardState, random: () => number): boolean {
  // Only items carrying the app's metadata: those the app finds again on its next run.
  const owned = state.store
    .all()
    .filter((r) => "metadata" in r && Object.keys(r.metadata).length > 0);
  const item = pick(owned, random);
  if (!item) return false;
  removeItem(state, item.id);
  state.userEdits.push(`deleted app item ${item.id} (${item.type})`);
  return true;
}

function addUserNotes(state: BoardState, random: () => number): void {
  const count = random() < 0.5 ? 1 : 2;
  const placed = state.store.all().filter((r: MiroRecord) => isPlaced(r));
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const near = pick(placed, random);
    const fill = pick(MIRO_COLOUR_NAMES, random) ?? "yellow";
    const [x, y] = near && isPlaced(near) ? [near.x + BESIDE, near.y + BESIDE] : [0, 0];
    ids.push(addUserNote(state, x, y, `A user's note ${state.userEdits.length + 1}`, fill));
  }
  state.userEdits.push(`added user note${ids.length > 1 ? "s" : ""} ${ids.join(", ")}`);
}

/**
 * A person edits the board while the app works: nudges one of the users' notes, deletes one of
 * the app's marked items (a frame with all it holds), or adds a note or two. Each kind is as likely;
 * one that finds nothing to act on adds notes instead. Each edit is one line of `userEdits`.
 */
export function randomUserEdit(state: BoardState, random: () => number): void {
  const roll = random();
  if (roll < 1 / 3 && nudgeUserNote(state, random)) return;
  if (roll >= 1 / 3 && roll < 2 / 3 && deleteAppItem(state, random)) return;
  addUserNotes(state, random);
}
