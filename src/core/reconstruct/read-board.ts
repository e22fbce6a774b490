import type { BoardItem, Rect } from "../board/board-item";
import { boardOutline } from "./board-outline";
import { frameCandidates, type RegionCandidate } from "./journey-regions";
import { spaceCandidates } from "./journey-regions-space";
import { readOriented } from "./read-oriented";
import type { Reconstruction, ReconstructOptions } from "./reconstruct-journey";
import { titleAbove } from "./region-title";
import { readingOrder, shareOut } from "./share-out";

/** One journey of a board, with the title that tells it from the others. */
export interface BoardJourney extends Reconstruction {
  /** Its frame's or section's title, the title written above it, or its header's title. */
  title: string | null;
}

/** A board read as the journeys on it: one for most boards, several where it holds more. */
export interface BoardReading {
  /** In reading order: top to bottom, then left to right. Never empty. */
  journeys: BoardJourney[];
}

/** A part of the board with fewer notes is not tried as a journey. */
const MIN_NOTES = 4;
/** Stages read from these are the journey's own titles, not guessed from gaps. */
const OWN_STAGE_TITLES = new Set(["template", "frames", "header-row"]);

/**
 * Reads every journey on a board. Frames or sections that each hold a grid of their own (their
 * own stage titles or stage frames, or lane labels), or parts of the board separated by wide
 * clear space that each have their own stage titles, are read as journeys of their own, in
 * reading order; whatever lies between them goes to the nearest. Each journey is read the way
 * it runs (see `readOriented`), with the board's legend where it draws none of its own.
 * Otherwise the board is one journey.
 */
export function readBoard(items: readonly BoardItem[], options: ReconstructOptions): BoardReading {
  const outline = boardOutline(items);
  const split =
    splitBoard(frameCandidates(outline), items, options) ??
    splitBoard(spaceCandidates(outline), items, options);
  if (split) return { journeys: split };
  const read = readOriented(items, options, outline);
  return { journeys: [{ ...read, title: read.journey.header.title }] };
}

interface Tried {
  candidate: RegionCandidate;
  items: BoardItem[];
  read: Reconstruction | null;
}

/** The board as two or more journeys, or null when fewer than two regions hold one. */
function splitBoard(
  candidates: readonly RegionCandidate[],
  items: readonly BoardItem[],
  options: ReconstructOptions,
): BoardJourney[] | null {
  if (candidates.filter((c) => c.notes >= MIN_NOTES).length < 2) return null;
  const ordered = readingOrder(candidates);
  const shares = shareOut(
    items,
    ordered.map((c) => c.rect),
  );
  // Each part is tried on what lies in it alone: two stage frames of one journey, each given
  // its neighbours, would each read as a journey.
  const tried: Tried[] = ordered.map((candidate, i) => ({
    candidate,
    items: (shares[i] ?? []).filter((item) => holds(candidate.rect, item)),
    read: null,
  }));
  // Smallest first, stopping once fewer than two could still hold a journey: a board with a
  // parking lot beside its one journey reads the parking lot only.
  let failed = 0;
  for (const t of [...tried].sort((a, b) => a.candidate.notes - b.candidate.notes)) {
    if (tried.length - failed < 2) return null;
    const read =
      t.candidate.notes >= MIN_NOTES ? readRegion(t.items, t.candidate, items, options) : null;
    const beside = !t.candidate.fromFrame && ordered.some((o) => besides(o.rect, t.candidate.rect));
    if (read && holdsJourney(read, t.candidate.fromFrame, beside)) t.read = read;
    else failed++;
  }
  const journeys = tried.filter((t) => t.read !== null);
  if (journeys.length < 2) return null;
  const final = shareOut(
    items,
    journeys.map((t) => t.candidate.rect),
  );
  return journeys.map((t, i) => {
    const share = final[i] ?? [];
    const read =
      share.length === t.items.length && t.read
        ? t.read
        : readRegion(share, t.candidate, items, options);
    return { ...read, title: read.journey.header.title };
  });
}

function readRegion(
  share: readonly BoardItem[],
  candidate: RegionCandidate,
  board: readonly BoardItem[],
  options: ReconstructOptions,
): Reconstruction {
  const title = candidate.title ?? titleAbove(share);
  return readOriented(share, { ...options, board, title });
}

/**
 * Whether a region's reading is a journey of its own: two or more stages with titles of its own
 * (stage frames, a header row), or, for a frame or a part with a title above it, two or more
 * stages and rows from lane labels.
 * A part of the board standing beside another, apart only by space, must also have lane labels
 * or a title of its own: a journey with a wide gap between two stages is one journey, and only
 * its left part has the labels.
 */
export function holdsJourney(read: Reconstruction, fromFrame: boolean, beside = false): boolean {
  if (read.journey.stages.length < 2) return false;
  if (!read.journey.placements.some((p) => p.stage !== null)) return false;
  if (beside && read.laneSource === "colour" && read.journey.header.title === null) return false;
  if (OWN_STAGE_TITLES.has(read.stageSource)) return true;
  const titled = fromFrame || read.journey.header.title !== null;
  return titled && read.laneSource !== "colour";
}

function holds(rect: Rect, item: BoardItem): boolean {
  return (
    item.x >= rect.x &&
    item.x <= rect.x + rect.width &&
    item.y >= rect.y &&
    item.y <= rect.y + rect.height
  );
}

/** Whether two regions stand side by side: most of the lower one's height is shared. */
function besides(a: Rect, b: Rect): boolean {
  if (a === b) return false;
  const shared = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return shared > 0.5 * Math.min(a.height, b.height);
}
