import type { BoardItem } from "../../core/board/board-item";
import { type NamedColourId, type Platform, platformOf } from "../../core/colour/named-colour";
import { DEFAULT_LEGEND } from "../../core/legend/default-legend";
import type { LaneKind } from "../../core/model/lane-kind";
import { noteFill } from "../note-fill";
import type { Random } from "../random";
import type { RealDrawing, RealTruth } from "./real-board";

/** A sticky's size as each platform makes it. */
export const NOTE_SIZE: Record<Platform, { width: number; height: number }> = {
  miro: { width: 199, height: 228 },
  figjam: { width: 240, height: 240 },
};

type Fields = Partial<BoardItem> & { x: number; y: number };

/**
 * A board being drawn by a category: items with ids in drawing order, and the truth, structure
 * and votes the drawing records as it goes. Positions are centres; sizes default to a sticky's.
 */
export class Sketch {
  readonly items: BoardItem[] = [];
  readonly truth = new Map<string, RealTruth>();
  readonly structure = new Set<string>();
  readonly votes = new Map<string, number>();
  readonly note: { width: number; height: number };
  private next = 1;

  constructor(
    readonly platform: Platform,
    readonly random: Random,
  ) {
    this.note = NOTE_SIZE[platform];
  }

  /** The fill the platform stores for a named colour (`miro:yellow`, `figjam:red`). */
  fill(colour: NamedColourId): string {
    return noteFill(colour, this.platform, "figjam", false, this.random);
  }

  add(kind: BoardItem["kind"], fields: Fields, prefix: string = kind): BoardItem {
    const item: BoardItem = {
      id: `${prefix}-${this.next++}`,
      kind,
      platformType: kind,
      text: "",
      fill: null,
      width: kind === "sticky" || kind === "card" ? this.note.width : 0,
      height: kind === "sticky" || kind === "card" ? this.note.height : 0,
      rotation: 0,
      parentId: null,
      mark: null,
      ...fields,
    };
    this.items.push(item);
    return item;
  }

  /** A content note (sticky or card) and where it truly belongs. */
  content(kind: "sticky" | "card", fields: Fields, truth: RealTruth): BoardItem {
    const item = this.add(kind, fields, "note");
    this.truth.set(item.id, truth);
    return item;
  }

  /** A sticky that is structure: a title, a lane label, a legend chip, a vote dot. */
  structural(fields: Fields): BoardItem {
    const item = this.add("sticky", fields, "part");
    this.structure.add(item.id);
    return item;
  }

  /** Records a vote on a note, as a dot sticky or a stamp put on it. */
  vote(noteId: string, count = 1): void {
    this.votes.set(noteId, (this.votes.get(noteId) ?? 0) + count);
  }

  drawing(): RealDrawing {
    return { items: this.items, truth: this.truth, structure: this.structure, votes: this.votes };
  }
}

/** A lane's note colour on a platform: the first the default legend gives it. */
export function laneColour(platform: Platform, lane: LaneKind): NamedColourId {
  const entry = DEFAULT_LEGEND.entries.find(
    (e) => e.meaning === lane && platformOf(e.colour) === platform,
  );
  if (!entry) throw new Error(`the default legend gives ${lane} no colour on ${platform}`);
  return entry.colour;
}
