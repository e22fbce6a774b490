import type { BoardItem } from "../board/board-item";
import type { Note } from "../model/note";

/**
 * The notes, each with the ids of the notes that connectors join it to. A line drawn from an
 * idea to the pain it answers says so plainly; a connector with an end on anything but one of
 * these notes (a shape, a label, the other end loose) joins nothing. Notes without a link are
 * the same objects as before, and a board without connectors costs one pass over its items.
 */
export function linkNotes(notes: Note[], items: readonly BoardItem[]): Note[] {
  let ids: Set<string> | null = null;
  const links = new Map<string, Set<string>>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as BoardItem;
    if (item.kind !== "connector" || !item.ends) continue;
    ids ??= new Set(notes.map((note) => note.id));
    const { from, to } = item.ends;
    if (from === to || !ids.has(from) || !ids.has(to)) continue;
    join(links, from, to);
    join(links, to, from);
  }
  if (links.size === 0) return notes;
  return notes.map((note) => {
    const joined = links.get(note.id);
    return joined ? { ...note, links: [...joined].sort() } : note;
  });
}

function join(links: Map<string, Set<string>>, from: string, to: string): void {
  const joined = links.get(from);
  if (joined) joined.add(to);
  else links.set(from, new Set([to]));
}
