import { describe, expect, it } from "vitest";
import { type AppMark, appMark } from "../board/app-items/app-mark";
import { type ItemKey, keyText } from "../board/app-items/item-key";
import { readMark } from "../board/app-items/read-mark";
import type { BoardItem } from "../board/board-item";
import type { Legend } from "../legend/legend";
import { type Journey, JourneySchema } from "../model/journey";
import { type ReconstructOptions, reconstructJourney } from "./reconstruct-journey";

let next = 0;
function item(
  kind: BoardItem["kind"],
  text: string,
  fill: string | null,
  x: number,
  y: number,
  extra: Partial<BoardItem> = {},
): BoardItem {
  const size = kind === "sticky" ? { width: 199, height: 228 } : { width: 300, height: 80 };
  return {
    id: `i${++next}`,
    kind,
    platformType: kind,
    text,
    fill,
    x,
    y,
    rotation: 0,
    parentId: null,
    mark: null,
    ...size,
    ...extra,
  };
}
const note = (text: string, fill: string, x: number, y: number, extra: Partial<BoardItem> = {}) =>
  item("sticky", text, fill, x, y, extra);

function read(items: BoardItem[], options: Partial<ReconstructOptions> = {}) {
  const result = reconstructJourney(items, { platform: "miro", ...options });
  expect(JourneySchema.safeParse(result.journey).success).toBe(true);
  return result;
}

function placementOf(journey: Journey, id: string) {
  return journey.placements.find((p) => p.noteId === id);
}

/** Every sticky note is in placements or unplaced, once. */
function expectAllAccounted(items: BoardItem[], journey: Journey) {
  const ids = [...journey.placements, ...journey.unplaced].map((p) => p.noteId).sort();
  const stickies = items
    .filter((i) => i.kind === "sticky" && i.mark === null)
    .map((i) => i.id)
    .sort();
  expect(ids).toEqual(stickies);
}

describe("reconstructJourney", () => {
  it("reads an empty board as an empty journey", () => {
    const { journey, stageSource, laneSource } = read([]);
    expect(journey).toMatchObject({ stages: [], lanes: [], placements: [], unplaced: [] });
    expect([stageSource, laneSource]).toEqual(["none", "colour"]);
  });

  it("places a single note in one stage, its lane by colour", () => {
    const only = note("Lång väntetid", "red", 0, 0);
    const { journey, stageSource } = read([only]);
    expect(stageSource).toBe("gaps");
    expect(journey.stages).toHaveLength(1);
    expect(placementOf(journey, only.id)).toMatchObject({ stage: 0, lane: "pain" });
  });

  describe("a board with a header row and lane labels", () => {
    const headers = ["Behov", "Köp", "Leverans"].map((t, s) =>
      item("text", t, null, 400 + s * 700, -300),
    );
    const labels = ["Kundsteg", "Smärtpunkter", "Glädjeämnen"].map((t, l) =>
      item("text", t, null, -300, l * 400),
    );
    const inRow = note("Ringer kundtjänst", "yellow", 400, 0);
    const wrongColour = note("Lång väntetid", "yellow", 1100, 400);
    const agreeing = note("Otydligt pris", "red", 1100, 410);
    const gain = note("Snabb leverans", "green", 1800, 800);
    const parked = note("Vem äger frågan?", "gray", 3400, 400);
    const items = [...headers, ...labels, inRow, wrongColour, agreeing, gain, parked];
    const { journey, stageSource, laneSource } = read(items);

    it("reads the stages from the header row and the rows from the labels", () => {
      expect([stageSource, laneSource]).toEqual(["header-row", "labels"]);
      expect(journey.stages.map((s) => s.title)).toEqual(["Behov", "Köp", "Leverans"]);
      expect(journey.lanes.map((l) => [l.kind, l.title])).toEqual([
        ["step", "Kundsteg"],
        ["pain", "Smärtpunkter"],
        ["gain", "Glädjeämnen"],
      ]);
    });

    it("lets position beat colour inside a labelled row, less surely", () => {
      const wrong = placementOf(journey, wrongColour.id);
      const right = placementOf(journey, agreeing.id);
      expect(wrong).toMatchObject({ stage: 1, lane: "pain" });
      expect(right).toMatchObject({ stage: 1, lane: "pain" });
      expect(wrong?.confidence).toBeLessThan(right?.confidence ?? 0);
      expect(placementOf(journey, gain.id)).toMatchObject({ stage: 2, lane: "gain" });
      expect(placementOf(journey, inRow.id)).toMatchObject({ stage: 0, lane: "step" });
    });

    it("gives a note far off to the side no stage, its lane by colour", () => {
      expect(placementOf(journey, parked.id)).toMatchObject({ stage: null, lane: "question" });
      expectAllAccounted(items, journey);
    });
  });

  it("reads stage-header notes as headers and lists them as structure", () => {
    const headers = ["Need", "Buy"].map((t, s) => note(t, "dark_blue", s * 800, -400));
    const notes = [note("Calls", "yellow", 0, 0), note("Pays", "yellow", 800, 0)];
    const { journey } = read([...headers, ...notes]);
    expect(journey.stages.map((s) => s.title)).toEqual(["Need", "Buy"]);
    expect(journey.unplaced).toEqual(
      headers.map((h) => ({
        noteId: h.id,
        reason: `stage header “${h.text}”`,
        role: "stage-header",
      })),
    );
    expect(journey.placements.map((p) => p.stage)).toEqual([0, 1]);
  });

  it("reads frames standing side by side as stages, an empty one too, whatever their titles", () => {
    const frames = ["Behov", "Köp", "Leverans"].map((t, s) =>
      item("frame", t, "#ffffff", s * 700, 300, { width: 600, height: 1000 }),
    );
    const notes = [
      note("a", "yellow", 0, 100, { parentId: frames[0]?.id ?? null }),
      note("b", "red", 1400, 500, { parentId: frames[2]?.id ?? null }),
    ];
    const { journey, stageSource } = read([...frames, ...notes]);
    expect(stageSource).toBe("frames");
    expect(journey.stages.map((s) => s.title)).toEqual(["Behov", "Köp", "Leverans"]);
    expect(journey.placements.map((p) => [p.stage, p.lane])).toEqual([
      [0, "step"],
      [2, "pain"],
    ]);
  });

  it("reads a legend the board carries and lets it override the default", () => {
    const legend = [
      item("text", "Förklaring", null, 3000, -100),
      note("Smärtpunkter", "yellow", 3000, 100),
      note("Kundsteg", "blue", 3000, 350),
    ];
    const painNote = note("Lång väntetid", "yellow", 0, 0);
    const stepNote = note("Ringer", "blue", 0, 300);
    const { journey, legendSource, legend: used } = read([...legend, painNote, stepNote]);
    expect(legendSource).toBe("board");
    // The legend in use names the board's meanings, and the default's for colours it leaves out.
    expect(used.entries.find((e) => e.colour === "miro:yellow")?.meaning).toBe("pain");
    expect(used.entries.find((e) => e.colour === "miro:red")?.meaning).toBe("pain");
    expect(placementOf(journey, painNote.id)?.lane).toBe("pain");
    expect(placementOf(journey, stepNote.id)?.lane).toBe("step");
    expect(journey.unplaced.map((u) => u.role)).toEqual(["legend", "legend"]);
  });

  it("reads part of a board by the legend drawn elsewhere on it", () => {
    const legend = [
      item("text", "Förklaring", null, 3000, -100),
      note("Smärtpunkter", "yellow", 3000, 100),
      note("Kundsteg", "blue", 3000, 350),
    ];
    const painNote = note("Lång väntetid", "yellow", 0, 0);
    const stepNote = note("Ringer", "blue", 0, 300);
    const part = [painNote, stepNote];
    const { journey, legendSource, legend: used } = read(part, { board: [...legend, ...part] });
    expect(legendSource).toBe("board");
    expect(used.entries.find((e) => e.colour === "miro:red")?.meaning).toBe("pain");
    expect(placementOf(journey, painNote.id)?.lane).toBe("pain");
    expect(placementOf(journey, stepNote.id)?.lane).toBe("step");
    // Without the board, the part is read by the default legend: yellow is a step there.
    expect(placementOf(read(part).journey, painNote.id)?.lane).toBe("step");
    expect(read(part, { board: part }).legendSource).toBe("default");
  });

  it("takes a user's legend over the board's own", () => {
    const legend: Legend = {
      schemaVersion: 1,
      entries: [{ colour: "miro:yellow", meaning: "gain" }],
    };
    const board = [
      item("text", "Legend", null, 3000, -100),
      note("Pains", "yellow", 3000, 100),
      note("Steps", "blue", 3000, 350),
    ];
    const x = note("Snabb leverans", "yellow", 0, 0);
    const { journey, legendSource } = read([...board, x], { legend });
    expect(legendSource).toBe("user");
    expect(placementOf(journey, x.id)?.lane).toBe("gain");
  });

  it("lists a note with nothing to place it by, with the reason", () => {
    const headers = ["Need", "Buy"].map((t, s) => item("text", t, null, s * 800, -400));
    const lost = note("?", "black", 4000, 0);
    const { journey } = read([
      ...headers,
      note("a", "yellow", 0, 0),
      note("b", "yellow", 800, 0),
      lost,
    ]);
    expect(journey.unplaced).toEqual([
      {
        noteId: lost.id,
        reason:
          "it lies outside every stage, and its colour (miro:black) means nothing in the legend",
        cause: { where: "outside-stages", colour: "no-meaning" },
      },
    ]);
  });

  describe("the app's own template", () => {
    // Marks as version 1 wrote them: the key's text, the role beside it, `templateId`.
    const v1 = (key: ItemKey) =>
      readMark({ schemaVersion: 1, role: key.role, key: keyText(key), templateId: "t-1" });
    const v2 = (key: ItemKey) => appMark("template", key, "t-1");
    const board = (mark: (key: ItemKey) => AppMark | null) => {
      const cells = [0, 1].flatMap((stage) =>
        (["step", "pain"] as const).map((lane, l) =>
          item("shape", "", null, 560 * stage + 280, 540 * l + 270, {
            width: 560,
            height: 540,
            mark: mark({ role: "cell", stage, lane }),
          }),
        ),
      );
      const header = item("shape", "Köp", "#9EA9FF", 840, -80, {
        mark: mark({ role: "stage-header", stage: 1 }),
      });
      return [...cells, header];
    };
    const inCell = note("Betalar", "green", 700, 700);

    it.each([
      ["written today", v2],
      ["written with version-1 marks", v1],
    ])("is read exactly, with confidence 1, %s", (_, mark) => {
      const { journey, stageSource } = read([...board(mark), inCell]);
      expect(stageSource).toBe("template");
      expect(journey.stages.map((s) => s.title)).toEqual([null, "Köp"]);
      expect(placementOf(journey, inCell.id)).toEqual({
        noteId: inCell.id,
        stage: 1,
        lane: "pain",
        confidence: 1,
      });
    });

    it("is passed over while it holds no note, for the board the team filled beside it", () => {
      const frames = [0, 1].map((i) =>
        item("frame", `Fas ${i + 1}`, null, -3000 + 700 * i, 300, { width: 600, height: 800 }),
      );
      const notes = frames.map((frame, i) => note(`n${i}`, "red", frame.x, frame.y));
      const { journey, stageSource } = read([...board(v2), ...frames, ...notes]);
      expect(stageSource).toBe("frames");
      expect(journey.stages.map((s) => s.title)).toEqual(["Fas 1", "Fas 2"]);
      expect(notes.map((n) => placementOf(journey, n.id)?.stage)).toEqual([0, 1]);
      // Once the team writes in it, the template is the journey again.
      expect(read([...board(v2), ...frames, ...notes, inCell]).stageSource).toBe("template");
    });

    it("of two, is the one that holds the notes", () => {
      const other = board((key) => appMark("template", key, "t-2")).map((i) => ({
        ...i,
        id: `${i.id}-b`,
        x: i.x + 5000,
      }));
      const inOther = note("Betalar", "green", 5700, 700);
      const { journey } = read([...board(v2), ...other, inOther]);
      expect(journey.stages[0]?.band.start).toBe(5000);
      expect(placementOf(journey, inOther.id)).toMatchObject({ stage: 1, lane: "pain" });
    });

    it("is not taken from a tidy copy, which shares its roles", () => {
      const tidy = board((key) => appMark("tidy", key, "wb"));
      const { stageSource } = read([...tidy, inCell]);
      expect(stageSource).not.toBe("template");
    });
  });

  it("reads a sticky that carries the workshop's header as the header, not as a note", () => {
    const header = note(
      "Goal: fewer calls\nScope: from need to first bill\nPersona: Lisa",
      "light_yellow",
      -600,
      -600,
    );
    const { journey } = read([header, note("a", "yellow", 0, 0)]);
    expect(journey.header).toMatchObject({
      goal: "fewer calls",
      scopeStart: "need",
      scopeEnd: "first bill",
      persona: "Lisa",
    });
    expect(journey.unplaced).toEqual([
      { noteId: header.id, reason: "the workshop's header", role: "workshop-header" },
    ]);
  });

  describe("boards people really make", () => {
    const stages = ["Need", "Buy", "Use", "Leave"];
    const grid = (extra: BoardItem[] = [], headerY = (_stage: number) => -300) => {
      const headers = stages.map((t, s) => item("text", t, null, 200 + s * 700, headerY(s)));
      const labels = ["Steps", "Pain points"].map((t, l) => item("text", t, null, -400, l * 400));
      const notes = stages.flatMap((_, s) => [
        note(`step ${s}`, "yellow", 100 + s * 700, 0),
        note(`pain ${s}`, "red", 320 + s * 700, 400),
      ]);
      return { items: [...headers, ...labels, ...notes, ...extra], notes };
    };
    const stagesOf = (journey: Journey, notes: BoardItem[]) =>
      notes.map((n) => journey.placements.find((p) => p.noteId === n.id)?.stage);

    it("reads the header row, not the frames, when one frame holds the whole journey", () => {
      const { items, notes } = grid([
        item("frame", "Customer journey", "#ffffff", 1000, 200, { width: 3200, height: 1400 }),
        item("frame", "Persona", "#ffffff", -1200, 200, { width: 600, height: 600 }),
        note("Lisa, 42", "gray", -1200, 200),
      ]);
      const { journey, stageSource } = read(items);
      expect(stageSource).toBe("header-row");
      expect(stagesOf(journey, notes)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    });

    it("takes no corner cell over the lane labels for a stage", () => {
      const { items, notes } = grid([item("text", "Phase", null, -400, -300)]);
      const { journey } = read(items);
      expect(journey.stages.map((s) => s.title)).toEqual(stages);
      expect(stagesOf(journey, notes)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    });

    it("reads headers placed at staggered heights as one row", () => {
      const { items } = grid([], (s) => -300 - (s % 2) * 150);
      expect(read(items).journey.stages.map((s) => s.title)).toEqual(stages);
    });

    it("reads a column of dark-blue notes as lane labels", () => {
      const labels = ["Kundsteg", "Smärtpunkter"].map((t, l) =>
        note(t, "dark_blue", -400, l * 400),
      );
      const headers = ["Behov", "Köp"].map((t, s) => item("text", t, null, 200 + s * 700, -300));
      const yellowPain = note("Lång väntetid", "yellow", 300, 400);
      const { journey, laneSource } = read([
        ...labels,
        ...headers,
        note("Söker", "yellow", 200, 0),
        yellowPain,
        note("x", "yellow", 900, 0),
      ]);
      expect(laneSource).toBe("labels");
      expect(journey.placements.find((p) => p.noteId === yellowPain.id)?.lane).toBe("pain");
      expect(journey.unplaced.map((u) => u.role)).toEqual(["lane-label", "lane-label"]);
    });
  });
});
