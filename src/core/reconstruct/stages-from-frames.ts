import type { BoardItem } from "../board/board-item";
import { recogniseLane } from "../lexicon/recognise-lane";
import type { LaneKind } from "../model/lane-kind";
import type { Note } from "../model/note";
import { encloses } from "./encloses";
import type { GridRow, GridStage } from "./grid";
import { median } from "./intervals";

/** A frame holding more than this share of the notes is the journey's frame, not a stage. */
const MOST_NOTES = 0.7;
/** Frames overlapping this share of the narrower one's width do not stand side by side. */
const MAX_OVERLAP = 0.1;
/** Names platforms give new frames and sections; they say nothing about the stage. */
const DEFAULT_NAME = /^(frame|section|sektion|ramme|ram)\s*\d*$/i;
const MIN_LANE_TITLE_CONFIDENCE = 0.8;

function holds(frame: BoardItem, note: Note): boolean {
  return (
    note.parentId === frame.id ||
    (Math.abs(note.x - frame.x) <= frame.width / 2 &&
      Math.abs(note.y - frame.y) <= frame.height / 2)
  );
}

function laneOfTitle(frame: BoardItem): LaneKind | null {
  const lane = recogniseLane(frame.text);
  return lane && lane.confidence >= MIN_LANE_TITLE_CONFIDENCE ? lane.kind : null;
}

/**
 * Stages from frames or sections that stand side by side, each holding notes: a journey built
 * as one frame per stage. A frame around all the others (the journey's own) is not a stage.
 * Their titles do not decide: a stage may well be called "Behov" (needs). Null unless at least
 * two frames stand side by side.
 */
export function stagesFromFrames(
  frames: readonly BoardItem[],
  notes: readonly Note[],
  taken: ReadonlySet<string>,
): GridStage[] | null {
  const free = frames.filter((f) => !taken.has(f.id) && laneOfTitle(f) !== "question");
  const holding = free.filter((f) => notes.some((n) => holds(f, n)));
  const innermost = holding.filter(
    (outer) => !holding.some((inner) => inner !== outer && encloses(outer, inner)),
  );
  if (innermost.length < 2) return null;
  // A frame around most of the notes is the journey's own (a persona card or a parking lot
  // beside it), not one stage of several.
  const most = MOST_NOTES * notes.length;
  if (innermost.some((f) => notes.filter((n) => holds(f, n)).length > most)) return null;
  // An empty stage is still a stage: an empty frame standing in the same row counts too.
  const rowTop = median(innermost.map((f) => f.y - f.height / 2));
  const rowBottom = median(innermost.map((f) => f.y + f.height / 2));
  const empty = free.filter((f) => {
    if (holding.includes(f)) return false;
    const overlap = Math.min(rowBottom, f.y + f.height / 2) - Math.max(rowTop, f.y - f.height / 2);
    return overlap >= 0.5 * f.height && overlap >= 0.5 * (rowBottom - rowTop);
  });
  const leaves = [...innermost, ...empty].sort((a, b) => a.x - b.x);
  for (let i = 1; i < leaves.length; i++) {
    const a = leaves[i - 1] as BoardItem;
    const b = leaves[i] as BoardItem;
    const overlap = a.x + a.width / 2 - (b.x - b.width / 2);
    if (overlap > MAX_OVERLAP * Math.min(a.width, b.width)) return null;
  }
  return leaves.map((frame) => ({
    title: DEFAULT_NAME.test(frame.text.trim()) ? null : frame.text.trim() || null,
    band: { start: frame.x - frame.width / 2, end: frame.x + frame.width / 2 },
    containerId: frame.id,
  }));
}

/** Rows from frames titled as lanes ("Pain points", "Känslor"), stacked top to bottom. */
export function rowsFromFrames(
  frames: readonly BoardItem[],
  taken: ReadonlySet<string>,
): GridRow[] {
  const rows = frames
    .filter((f) => !taken.has(f.id))
    .flatMap((frame) => {
      const kind = laneOfTitle(frame);
      return kind
        ? [
            {
              kind,
              title: frame.text.trim(),
              band: { start: frame.y - frame.height / 2, end: frame.y + frame.height / 2 },
            },
          ]
        : [];
    })
    .sort((a, b) => a.band.start - b.band.start);
  const stacked = rows.every(
    (row, i) => i === 0 || row.band.start >= (rows[i - 1]?.band.end ?? 0) - 1,
  );
  return rows.length >= 2 && stacked ? rows : [];
}
