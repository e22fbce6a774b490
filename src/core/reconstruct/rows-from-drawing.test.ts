import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import type { LaneKind } from "../model/lane-kind";
import type { LaneLabel } from "./lane-labels";
import { NoteSpread } from "./note-spread";
import { reconstructJourney } from "./reconstruct-journey";
import { COLOUR_ROW_TRUST, LABELLED_ROW_TRUST, rowsFromDrawing } from "./rows-from-drawing";
import { notesByHeight } from "./rows-notes";

const W = 200;
const H = 200;
interface TestNote {
  x: number;
  y: number;
  width: number;
  height: number;
  lane: LaneKind | null;
}
/** A row of notes, one in each of four stages, at `y`, in the colour of `lane`. */
const row = (y: number, lane: LaneKind | null, count = 4): TestNote[] =>
  Array.from({ length: count }, (_, s) => ({ x: 100 + s * 300, y, width: W, height: H, lane }));
const label = (kind: LaneKind, y: number): LaneLabel => ({
  id: `label-${y}`,
  kind,
  title: kind,
  confidence: 1,
  x: -300,
  y,
  width: 250,
  height: 80,
});
const read = (
  notes: TestNote[],
  labels: LaneLabel[],
  drawn: BoardItem[] = [],
  connectors: BoardItem[] = [],
) =>
  rowsFromDrawing({
    connectors,
    spread: NoteSpread.of(notes, "y"),
    sorted: notesByHeight(notes, (n) => n.lane),
    labels,
    drawn,
    across: { start: 0, end: 1100 },
    stages: [0, 1, 2, 3].map((s) => ({ start: s * 300 - 50, end: s * 300 + 250 })),
    noteWidth: W,
    noteHeight: H,
  });

describe("rows of a board where only some rows are labelled", () => {
  it("names the labelled row and no other; the others take their notes' colours", () => {
    const notes = [...row(100, "touchpoint"), ...row(450, "step"), ...row(800, "gain")];
    const rows = read(notes, [label("pain", 450)]);
    expect(rows?.map((r) => [r.kind, r.title, r.trust])).toEqual([
      ["touchpoint", null, COLOUR_ROW_TRUST],
      ["pain", "pain", LABELLED_ROW_TRUST],
      ["gain", null, COLOUR_ROW_TRUST],
    ]);
    // The labelled row reaches only halfway to its neighbours.
    expect(rows?.[1]?.band).toEqual({ start: 275, end: 625 });
  });

  it("leaves a row of mixed colours to its notes' own colours", () => {
    const mixed = [
      ...row(450, "step", 2),
      ...row(450, "emotion", 2).map((n) => ({ ...n, x: n.x + 600 })),
    ];
    const rows = read([...row(100, "pain"), ...mixed], [label("pain", 100)]);
    expect(rows?.[1]?.byColour).toBe(true);
  });

  it("parts rows at the rules drawn between them, and by colour, where the notes leave no gap", () => {
    const notes = [...row(100, "pain"), ...row(300, "pain"), ...row(500, "gain")];
    const rule: BoardItem = {
      id: "rule",
      kind: "shape",
      platformType: "LINE",
      shape: "line",
      text: "",
      fill: null,
      x: 550,
      y: 200,
      width: 1400,
      height: 2,
      rotation: 0,
      parentId: null,
      mark: null,
    };
    const rows = read(notes, [label("emotion", 100)], [rule]);
    expect(rows?.map((r) => [r.kind, r.band.start])).toEqual([
      ["emotion", 0],
      ["pain", 200],
      ["gain", 400],
    ]);
  });

  it("parts rows at a connector drawn across, and never takes a connector for a row's shape", () => {
    const notes = [...row(100, "pain"), ...row(300, "pain")];
    const connector: BoardItem = {
      id: "connector",
      kind: "connector",
      platformType: "CONNECTOR",
      text: "",
      fill: null,
      x: 550,
      y: 200,
      width: 1400,
      height: 0,
      rotation: 0,
      parentId: null,
      mark: null,
    };
    expect(read(notes, [label("emotion", 100)], [], [connector])?.map((r) => r.kind)).toEqual([
      "emotion",
      "pain",
    ]);
    const deep = { ...connector, y: 300, height: 400 };
    expect(read(notes, [label("emotion", 100)], [], [deep])).toBeNull();
  });

  it("leaves rows to the label column where unlabelled rows only spill over from a label's", () => {
    const notes = [...row(100, "pain"), ...row(450, "pain"), ...row(800, "gain")];
    expect(read(notes, [label("pain", 100), label("gain", 800)])).toBeNull();
  });

  it("reads no rows from one cluster, nor where nothing names a row", () => {
    expect(read(row(100, "pain"), [label("pain", 100)])).toBeNull();
    expect(read([...row(100, "pain"), ...row(450, "gain")], [])).toBeNull();
  });
});

describe("a board with one lane label", () => {
  let next = 0;
  const item = (
    kind: BoardItem["kind"],
    text: string,
    fill: string | null,
    x: number,
    y: number,
  ): BoardItem => ({
    id: `i${++next}`,
    kind,
    platformType: kind,
    text,
    fill,
    x,
    y,
    width: kind === "sticky" ? W : 300,
    height: kind === "sticky" ? H : 80,
    rotation: 0,
    parentId: null,
    mark: null,
  });

  it("reads the one label's row and the bare rows around it by their colours", () => {
    const stages = ["Need", "Buy", "Use", "Leave"].map((t, s) =>
      item("text", t, null, 100 + s * 400, -250),
    );
    const colours = ["light_blue", "yellow", "light_green"];
    const notes = colours.flatMap((fill, r) =>
      [0, 1, 2, 3].map((s) => item("sticky", "x", fill, 100 + s * 400, 100 + r * 350)),
    );
    // An odd note in the bare touchpoint row: blue is the row's colour, the row decides.
    notes[1] = { ...(notes[1] as BoardItem), fill: "red" };
    const board = [...stages, ...notes, item("text", "Pain points 😤", null, -350, 450)];
    const { journey, laneSource } = reconstructJourney(board, { platform: "miro" });
    expect(laneSource).toBe("labels");
    expect(journey.lanes.map((l) => l.kind)).toEqual(["touchpoint", "pain", "gain"]);
    const lanes = notes.map((n) => journey.placements.find((p) => p.noteId === n.id)?.lane);
    expect(lanes).toEqual([
      ...Array(4).fill("touchpoint"),
      ...Array(4).fill("pain"),
      ...Array(4).fill("gain"),
    ]);
    expect(journey.placements).toHaveLength(12);
    for (const p of journey.placements) expect(p.confidence).toBeGreaterThan(0.5);
  });

  it("leaves each note of a bare row of mixed colours its own colour's lane, less surely", () => {
    const stages = ["Need", "Buy", "Use", "Leave"].map((t, s) =>
      item("text", t, null, 100 + s * 400, -250),
    );
    const pains = [0, 1, 2, 3].map((s) => item("sticky", "x", "red", 100 + s * 400, 100));
    const mixed = [0, 1, 2, 3].map((s) =>
      item("sticky", "x", s % 2 ? "violet" : "pink", 100 + s * 400, 450),
    );
    const board = [...stages, ...pains, ...mixed, item("text", "Pain points", null, -350, 100)];
    const { journey } = reconstructJourney(board, { platform: "miro" });
    const placed = mixed.map((n) => journey.placements.find((p) => p.noteId === n.id));
    expect(placed.map((p) => p?.lane)).toEqual(["emotion", "thought", "emotion", "thought"]);
    const pain = journey.placements.find((p) => p.noteId === pains[0]?.id);
    for (const p of placed) expect(p?.confidence).toBeLessThan(pain?.confidence ?? 0);
  });
});
