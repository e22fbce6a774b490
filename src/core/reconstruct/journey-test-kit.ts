import type { BoardItem } from "../board/board-item";
import type { LaneKind } from "../model/lane-kind";

/** A journey drawn for the reading rules' tests: its items and where each note belongs. */
export interface DrawnJourney {
  items: BoardItem[];
  truth: Map<string, { stage: number; lane: LaneKind }>;
  frame: BoardItem | null;
}

export interface GridSpec {
  prefix: string;
  /** The grid's top-left corner. */
  x: number;
  y: number;
  stages: readonly string[];
  lanes: readonly (readonly [title: string, kind: LaneKind, fill: string])[];
  /** A frame or section around the grid, with this title. */
  frame?: string;
  /** Stages as rows (titles down the left), lanes as columns (labels across the top). */
  vertical?: boolean;
  notesPerCell?: number;
}

const STAGE = 520;
const ROW = 300;
const LABEL = { width: 300, height: 80 };

/**
 * A grid of stage titles, lane labels and notes, as a team draws one by hand: for tests of the
 * reading rules (several journeys, vertical journeys), not a corpus board.
 */
export function drawGrid(spec: GridSpec): DrawnJourney {
  const items: BoardItem[] = [];
  const truth = new Map<string, { stage: number; lane: LaneKind }>();
  const perCell = spec.notesPerCell ?? 2;
  let n = 0;
  const at = (along: number, across: number) =>
    spec.vertical
      ? { x: spec.x + across, y: spec.y + along }
      : { x: spec.x + along, y: spec.y + across };
  const add = (fields: Partial<BoardItem> & { kind: BoardItem["kind"]; x: number; y: number }) => {
    const item: BoardItem = {
      id: `${spec.prefix}${++n}`,
      platformType: fields.kind,
      text: "",
      fill: null,
      rotation: 0,
      parentId: null,
      mark: null,
      width: 199,
      height: 228,
      ...fields,
    };
    items.push(item);
    return item;
  };
  spec.stages.forEach((title, s) => {
    add({ kind: "text", text: title, ...at(400 + s * STAGE, 0), ...LABEL });
  });
  spec.lanes.forEach(([title], l) => {
    add({ kind: "text", text: title, ...at(0, 250 + l * ROW), ...LABEL });
  });
  spec.stages.forEach((_, s) => {
    spec.lanes.forEach(([, kind, fill], l) => {
      for (let i = 0; i < perCell; i++) {
        const along = 290 + s * STAGE + i * 220;
        const note = add({
          kind: "sticky",
          text: `${kind} ${s}.${i}`,
          fill,
          ...at(along, 250 + l * ROW),
        });
        truth.set(note.id, { stage: s, lane: kind });
      }
    });
  });
  let frame: BoardItem | null = null;
  if (spec.frame !== undefined) {
    const left = Math.min(...items.map((i) => i.x - i.width / 2)) - 100;
    const right = Math.max(...items.map((i) => i.x + i.width / 2)) + 100;
    const top = Math.min(...items.map((i) => i.y - i.height / 2)) - 100;
    const bottom = Math.max(...items.map((i) => i.y + i.height / 2)) + 100;
    const id = `${spec.prefix}frame`;
    for (const item of items) item.parentId = id;
    frame = {
      id,
      kind: "frame",
      platformType: "frame",
      text: spec.frame,
      fill: null,
      x: (left + right) / 2,
      y: (top + bottom) / 2,
      width: right - left,
      height: bottom - top,
      rotation: 0,
      parentId: null,
      mark: null,
    };
    items.unshift(frame);
  }
  return { items, truth, frame };
}

/** Lanes most tests use: steps, pains and ideas, with Miro's colours for them. */
export const THREE_LANES = [
  ["Customer steps", "step", "yellow"],
  ["Pain points", "pain", "red"],
  ["Opportunities", "opportunity", "orange"],
] as const;
