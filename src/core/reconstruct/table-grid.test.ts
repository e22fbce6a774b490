import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import type { Journey } from "../model/journey";
import { reconstructJourney } from "./reconstruct-journey";

let next = 0;
function item(fields: Partial<BoardItem> & Pick<BoardItem, "kind" | "x" | "y">): BoardItem {
  return {
    id: `t${++next}`,
    platformType: fields.kind,
    text: "",
    fill: null,
    width: 240,
    height: 240,
    rotation: 0,
    parentId: null,
    mark: null,
    ...fields,
  };
}

const CELL_W = 600;
const CELL_H = 300;
const LABEL_W = 300;
const HEADER_H = 120;
/** Left and top edges of a table standing at 0,0: the label column, then the stages. */
const columnLeft = (c: number) => (c === 0 ? 0 : LABEL_W + (c - 1) * CELL_W);
const columnWidth = (c: number) => (c === 0 ? LABEL_W : CELL_W);
const rowTop = (r: number) => (r === 0 ? 0 : HEADER_H + (r - 1) * CELL_H);
const rowHeight = (r: number) => (r === 0 ? HEADER_H : CELL_H);
const middleOf = (r: number, c: number) => ({
  x: columnLeft(c) + columnWidth(c) / 2,
  y: rowTop(r) + rowHeight(r) / 2,
});

/** A FigJam table of stages across and lanes down; only cells with words are items. */
function figjamTable(stages: string[], lanes: string[]): BoardItem[] {
  const columns = stages.length + 1;
  const rows = lanes.length + 1;
  const width = LABEL_W + stages.length * CELL_W;
  const height = HEADER_H + lanes.length * CELL_H;
  const table = item({
    kind: "other",
    platformType: "TABLE",
    id: "table",
    x: width / 2,
    y: height / 2,
    width,
    height,
  });
  const cells: BoardItem[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const text = r === 0 ? (stages[c - 1] ?? "") : c === 0 ? (lanes[r - 1] ?? "") : "";
      if (text === "") continue;
      cells.push(
        item({
          kind: "text",
          platformType: "TABLE_CELL",
          id: `table/r${r}c${c}`,
          text,
          ...middleOf(r, c),
          width: columnWidth(c),
          height: rowHeight(r),
          cell: { tableId: "table", row: r, column: c },
        }),
      );
    }
  }
  return [table, ...cells];
}

/** The same grid drawn as Miro shapes: every cell a rectangle, empty ones too. */
function shapeGrid(stages: string[], lanes: string[]): BoardItem[] {
  const shapes: BoardItem[] = [];
  for (let r = 0; r <= lanes.length; r++) {
    for (let c = 0; c <= stages.length; c++) {
      const text = r === 0 ? (stages[c - 1] ?? "") : c === 0 ? (lanes[r - 1] ?? "") : "";
      shapes.push(
        item({
          kind: "shape",
          shape: "rectangle",
          text,
          ...middleOf(r, c),
          width: columnWidth(c),
          height: rowHeight(r),
        }),
      );
    }
  }
  return shapes;
}

const sticky = (text: string, fill: string, r: number, c: number, dx = 0, dy = 0) =>
  item({ kind: "sticky", text, fill, width: 199, height: 228, ...shifted(middleOf(r, c), dx, dy) });
const shifted = (at: { x: number; y: number }, dx: number, dy: number) => ({
  x: at.x + dx,
  y: at.y + dy,
});

function placed(journey: Journey, id: string) {
  return journey.placements.find((p) => p.noteId === id);
}

describe("a table as the journey's grid", () => {
  it("reads a FigJam table's header cells as stages and its first column as lanes", () => {
    const table = figjamTable(["Behov", "Köp", "Leverans"], ["Kundsteg", "Smärtpunkter"]);
    const notes = [sticky("Söker", "yellow", 1, 1), sticky("Dyr frakt", "red", 2, 3)];
    const { journey, stageSource, laneSource } = reconstructJourney([...table, ...notes], {
      platform: "miro",
    });
    expect([stageSource, laneSource]).toEqual(["header-row", "labels"]);
    expect(journey.stages.map((s) => s.title)).toEqual(["Behov", "Köp", "Leverans"]);
    expect(journey.stages.map((s) => s.band)).toEqual([
      { start: 300, end: 900 },
      { start: 900, end: 1500 },
      { start: 1500, end: 2100 },
    ]);
    expect(journey.lanes.map((l) => [l.kind, l.band])).toEqual([
      ["step", { start: 120, end: 420 }],
      ["pain", { start: 420, end: 720 }],
    ]);
    expect(placed(journey, notes[0]?.id ?? "")).toMatchObject({ stage: 0, lane: "step" });
    expect(placed(journey, notes[1]?.id ?? "")).toMatchObject({ stage: 2, lane: "pain" });
  });

  it("gives empty header and label cells their lines from the table's box", () => {
    // The second stage has no title and the last row no label: neither cell is an item.
    const table = figjamTable(["Need", "", "Use"], ["Doing", "Feelings", ""]);
    const inUntitled = sticky("Compares", "yellow", 1, 2);
    const inUnlabelled = sticky("Wish it were cheaper", "orange", 3, 3);
    const { journey } = reconstructJourney([...table, inUntitled, inUnlabelled], {
      platform: "miro",
    });
    expect(journey.stages.map((s) => s.title)).toEqual(["Need", null, "Use"]);
    expect(journey.stages[1]?.band).toEqual({ start: 900, end: 1500 });
    expect(journey.stages[2]?.band).toEqual({ start: 1500, end: 2100 });
    expect(placed(journey, inUntitled.id)).toMatchObject({ stage: 1, lane: "step" });
    // A row whose label names no lane takes the note's colour: orange is an opportunity.
    expect(placed(journey, inUnlabelled.id)).toMatchObject({ stage: 2, lane: "opportunity" });
  });

  it("splits an untitled end of the table into the stages its notes show", () => {
    // The last two stages have no title: nothing but the table's box says where they are.
    const table = figjamTable(["Need", "Buy", "", ""], ["Doing", "Pains"]);
    const notes = [
      sticky("Pays", "yellow", 1, 2),
      sticky("Unpacks", "yellow", 1, 3, -105),
      sticky("Assembles", "yellow", 1, 3, 105),
      sticky("Calls support", "yellow", 1, 4),
    ];
    const { journey } = reconstructJourney([...table, ...notes], { platform: "miro" });
    expect(journey.stages.map((s) => s.title)).toEqual(["Need", "Buy", null, null]);
    expect(notes.map((n) => placed(journey, n.id)?.stage)).toEqual([1, 2, 2, 3]);
  });

  it("keeps an untitled last column whole when its notes stand together", () => {
    const table = figjamTable(["Need", "Buy", "", ""], ["Doing", "Pains"]);
    // Side by side across the line between where two equal columns would be.
    const notes = [sticky("Pays", "yellow", 1, 3, 195), sticky("Waits", "red", 2, 4, -195)];
    const { journey } = reconstructJourney([...table, ...notes], { platform: "miro" });
    expect(journey.stages).toHaveLength(3);
    expect(journey.stages[2]?.band).toEqual({ start: 1500, end: 2700 });
    expect(notes.map((n) => placed(journey, n.id)?.stage)).toEqual([2, 2]);
  });

  it("takes a label cell's lane from its words even where they name it only in passing", () => {
    // Beside notes, these words would be too weak a label; in a table's first column they are one.
    const table = figjamTable(
      ["Need", "Buy"],
      ["Which channels do they use?", "Next steps (owner + date)"],
    );
    const notes = [sticky("Web", "yellow", 1, 1), sticky("Fix the form", "yellow", 2, 2)];
    const { journey } = reconstructJourney([...table, ...notes], { platform: "miro" });
    expect(journey.lanes.map((l) => l.kind)).toEqual(["touchpoint", "action"]);
    expect(notes.map((n) => placed(journey, n.id)?.lane)).toEqual(["touchpoint", "action"]);
  });

  it("puts a note over a cell in that cell's column and row, whatever its colour", () => {
    const table = figjamTable(["Need", "Buy"], ["Customer steps", "Pain points", "Ideas"]);
    // Off-centre and the wrong colour, but its middle is over the pain cell of "Buy".
    const slipped = sticky("Card declined", "yellow", 2, 2, 180, -100);
    const beside = sticky("Stray thought", "violet", 2, 2, CELL_W, 0);
    const items = [...table, slipped, beside];
    const { journey } = reconstructJourney(items, { platform: "miro" });
    expect(placed(journey, slipped.id)).toMatchObject({ stage: 1, lane: "pain" });
    // Right of the table: no stage, its lane from its colour.
    expect(placed(journey, beside.id)).toMatchObject({ stage: null, lane: "thought" });
    // Header and label cells are structure, never notes.
    expect(journey.placements.map((p) => p.noteId).sort()).toEqual([slipped.id, beside.id].sort());
  });

  it("reads a sticky on a header cell as the stage's title, not a note", () => {
    const table = figjamTable(["", "Leverans"], ["Kundsteg", "Känslor"]);
    const title = sticky("Köp", "light_yellow", 0, 1);
    title.height = 100;
    const step = sticky("Betalar", "yellow", 1, 1);
    const { journey } = reconstructJourney([...table, title, step], { platform: "miro" });
    expect(journey.stages.map((s) => s.title)).toEqual(["Köp", "Leverans"]);
    expect(journey.unplaced.find((u) => u.noteId === title.id)?.role).toBe("stage-header");
    expect(placed(journey, step.id)).toMatchObject({ stage: 0, lane: "step" });
  });

  it("reads a grid of shapes like a table, empty cells and all", () => {
    const grid = shapeGrid(["Behov", "Køb", "Levering", "Brug"], ["Trin", "Følelser", "Idéer"]);
    const notes = [
      sticky("Googler", "yellow", 1, 1),
      sticky("Glad", "pink", 2, 4),
      sticky("Chat", "yellow", 3, 2, -150, 50),
    ];
    const { journey, stageSource } = reconstructJourney([...grid, ...notes], {
      platform: "miro",
    });
    expect(stageSource).toBe("header-row");
    expect(journey.stages.map((s) => s.title)).toEqual(["Behov", "Køb", "Levering", "Brug"]);
    expect(journey.lanes.map((l) => l.kind)).toEqual(["step", "emotion", "opportunity"]);
    expect(notes.map((n) => placed(journey, n.id))).toMatchObject([
      { stage: 0, lane: "step" },
      { stage: 3, lane: "emotion" },
      { stage: 1, lane: "opportunity" },
    ]);
  });

  it("does not take a banner over the grid of shapes for a row of it", () => {
    const grid = shapeGrid(["Need", "Buy", "Use"], ["Touchpoints", "Pains"]);
    const banner = item({
      kind: "shape",
      shape: "rectangle",
      text: "Our customer journey",
      x: (LABEL_W + 3 * CELL_W) / 2,
      y: -60,
      width: LABEL_W + 3 * CELL_W,
      height: 120,
    });
    const inPains = sticky("Slow", "blue", 2, 3);
    const { journey } = reconstructJourney([banner, ...grid, inPains], { platform: "miro" });
    expect(journey.stages.map((s) => s.title)).toEqual(["Need", "Buy", "Use"]);
    expect(placed(journey, inPains.id)).toMatchObject({ stage: 2, lane: "pain" });
  });

  it("reads lane labels standing beside a table that has none of its own", () => {
    const table = figjamTable(["Need", "Buy", "Use"], ["", "", ""]);
    const labels = ["Touchpoints", "Pain points", "Ideas"].map((text, r) =>
      item({ kind: "text", text, x: -400, y: middleOf(r + 1, 0).y, width: 300, height: 80 }),
    );
    const notes = [
      sticky("Web", "blue", 1, 1),
      sticky("Slow", "yellow", 2, 2),
      sticky("Chat", "yellow", 3, 3),
    ];
    const { journey, laneSource } = reconstructJourney([...table, ...labels, ...notes], {
      platform: "miro",
    });
    expect(laneSource).toBe("labels");
    expect(notes.map((n) => placed(journey, n.id))).toMatchObject([
      { stage: 0, lane: "touchpoint" },
      { stage: 1, lane: "pain" },
      { stage: 2, lane: "opportunity" },
    ]);
  });

  it("does not take a small table holding a note or two beside the journey for its grid", () => {
    // A persona card drawn as a table, a quote sticky on it; the journey is a header row below.
    const persona = figjamTable(["Persona", "Anna, 34"], ["Goals", "Quote"]);
    const quote = sticky("I want it simple", "light_yellow", 2, 2);
    const headers = ["Need", "Buy", "Use"].map((text, i) =>
      item({ kind: "text", text, x: i * 700, y: 1200, width: 400, height: 80 }),
    );
    const notes = [0, 700, 1400].flatMap((x) =>
      [1500, 1800, 2100, 2400].map((y) =>
        item({ kind: "sticky", text: "n", fill: "yellow", x, y }),
      ),
    );
    const { journey } = reconstructJourney([...persona, quote, ...headers, ...notes], {
      platform: "miro",
    });
    expect(journey.stages.map((s) => s.title)).toEqual(["Need", "Buy", "Use"]);
    expect(notes.map((n) => placed(journey, n.id)?.stage)).toEqual([
      0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
    ]);
  });

  it("leaves a board whose shapes make no grid to the other rules", () => {
    const row = ["Need", "Buy", "Use"].map((text, i) =>
      item({ kind: "shape", shape: "rectangle", text, x: 600 + i * 600, y: 0, width: 600 }),
    );
    const notes = [sticky("A", "yellow", 2, 1), sticky("B", "yellow", 2, 2)];
    const { stageSource, journey } = reconstructJourney([...row, ...notes], { platform: "miro" });
    expect(stageSource).toBe("header-row");
    expect(journey.stages.map((s) => s.title)).toEqual(["Need", "Buy", "Use"]);
    expect(journey.lanes.every((l) => l.band === null)).toBe(true);
  });
});
