import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";
import { findBand } from "./grid";
import { type Interval, widestGapWithin } from "./intervals";
import type { LaneLabel } from "./lane-labels";
import type { DrawnRow } from "./rows-drawn";

/** A label beyond every row is its own (empty) row when this many note heights from the nearest. */
const LABEL_REACH = 1.5;

/** A drawn row and the label that names it, if one does. */
export interface NamedRow {
  band: Band;
  kind: LaneKind | null;
  title: string | null;
  confidence: number;
}

/**
 * Names each drawn row by the label beside it: the label whose middle lies in the row's band,
 * else the row its extent overlaps most, else (near the grid) a row of its own holding no notes;
 * a row shape's own words name it where no label does. A row beside labels of two kinds is two
 * rows, parted in the widest gap the notes leave between the labels (halfway where none).
 * Rows no label names keep a null kind. Top to bottom.
 */
export function nameRows(
  rows: readonly DrawnRow[],
  labels: readonly LaneLabel[],
  gaps: readonly Interval[],
  noteHeight: number,
): NamedRow[] {
  const beside = rows.map((): LaneLabel[] => []);
  const own: NamedRow[] = [];
  for (const label of labels) {
    const index = rowOf(rows, label, noteHeight);
    if (index >= 0) beside[index]?.push(label);
    else if (index === OWN_ROW)
      own.push(
        named({ start: label.y - label.height / 2, end: label.y + label.height / 2 }, label),
      );
  }
  const result: NamedRow[] = [...own];
  rows.forEach((row, i) => {
    const besides = beside[i] ?? [];
    const found = besides.length === 0 ? besides : distinctKinds(besides);
    if (found.length === 0) {
      const shape = row.shape;
      result.push({
        band: { ...row.band },
        kind: shape?.kind ?? null,
        title: shape?.title ?? null,
        confidence: shape?.confidence ?? 0,
      });
      return;
    }
    let start = row.band.start;
    found.forEach((label, k) => {
      const next = found[k + 1];
      let end = row.band.end;
      if (next) {
        const gap = widestGapWithin(gaps, label.y, next.y);
        end = gap ? (gap.start + gap.end) / 2 : (label.y + next.y) / 2;
      }
      result.push(named({ start, end }, label));
      start = end;
    });
  });
  return result.sort((a, b) => a.band.start - b.band.start);
}

const NONE = -1;
const OWN_ROW = -2;

/** The index of the row a label sits beside, OWN_ROW for a row of its own, NONE for none. */
function rowOf(rows: readonly DrawnRow[], label: LaneLabel, noteHeight: number): number {
  const inside = findBand(rows, label.y);
  if (inside >= 0) return inside;
  const top = label.y - label.height / 2;
  const bottom = label.y + label.height / 2;
  let best = NONE;
  let most = 0;
  rows.forEach((row, i) => {
    const overlap = Math.min(bottom, row.band.end) - Math.max(top, row.band.start);
    if (overlap > most) {
      most = overlap;
      best = i;
    }
  });
  if (best >= 0) return best;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return OWN_ROW;
  const distance = Math.min(Math.abs(first.band.start - bottom), Math.abs(top - last.band.end));
  return distance <= LABEL_REACH * noteHeight ? OWN_ROW : NONE;
}

/** Labels top to bottom, one per kind in a row: the surest of two labels naming the same lane. */
function distinctKinds(labels: readonly LaneLabel[]): LaneLabel[] {
  const byKind = new Map<LaneKind, LaneLabel>();
  for (const label of labels) {
    const known = byKind.get(label.kind);
    if (!known || label.confidence > known.confidence) byKind.set(label.kind, label);
  }
  return [...byKind.values()].sort((a, b) => a.y - b.y);
}

function named(band: Band, label: LaneLabel): NamedRow {
  return { band, kind: label.kind, title: label.title, confidence: label.confidence };
}
