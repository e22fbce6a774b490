import { type BoardItem, type Rect, rectOf } from "../board/board-item";
import type { BoardOutline } from "./board-outline";
import { encloses } from "./encloses";

/** A part of the board that may hold a journey of its own. */
export interface RegionCandidate {
  /** Its box; x and y are the top-left corner. */
  rect: Rect;
  /** The frame's or section's title, where the region is one. */
  title: string | null;
  /** How many notes lie in it: candidates are tried smallest first. */
  notes: number;
  fromFrame: boolean;
}

/** A frame needs this many notes to be tried as a journey of its own. */
const MIN_NOTES = 4;
/** Names platforms give new frames and sections; they name no journey. */
const DEFAULT_NAME = /^(frame|section|sektion|ramme|ram)\s*\d*$/i;

/**
 * Frames or sections that may each hold a journey: the outermost frames holding notes, or, where
 * one frame holds them all, the frames inside it. Fewer than two gives none.
 */
export function frameCandidates(parts: BoardOutline): RegionCandidate[] {
  if (parts.frames.length < 2) return [];
  const counted = parts.frames
    .map((frame) => ({ frame, notes: parts.notes.filter((n) => holds(frame, n)).length }))
    .filter((f) => f.notes >= MIN_NOTES);
  let outer = counted.filter((f) => !counted.some((g) => g !== f && encloses(g.frame, f.frame)));
  const only = outer[0];
  if (outer.length === 1 && only) {
    const inside = counted.filter((f) => f !== only && encloses(only.frame, f.frame));
    outer = inside.filter((f) => !inside.some((g) => g !== f && encloses(g.frame, f.frame)));
  }
  if (outer.length < 2) return [];
  return outer.map(({ frame, notes }) => ({
    rect: rectOf(frame),
    title: titleOf(frame.text),
    notes,
    fromFrame: true,
  }));
}

/** A frame's title, or null for none or a name the platform gave it. */
export function titleOf(text: string): string | null {
  const title = text.trim();
  return title === "" || DEFAULT_NAME.test(title) ? null : title;
}

function holds(frame: BoardItem, note: { x: number; y: number; parentId: string | null }): boolean {
  return (
    note.parentId === frame.id ||
    (Math.abs(note.x - frame.x) <= frame.width / 2 &&
      Math.abs(note.y - frame.y) <= frame.height / 2)
  );
}
