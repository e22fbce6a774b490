import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { bandHolds } from "../model/band";
import { JourneySchema } from "../model/journey";
import { drawGrid, THREE_LANES } from "./journey-test-kit";
import { likelier, quality, readOriented, readTransposed } from "./read-oriented";
import { type Reconstruction, reconstructJourney } from "./reconstruct-journey";

const STAGES = ["Upptäcka", "Boka", "Resa", "Efteråt"];
/** The grid of STAGES and THREE_LANES drawn running down: stages down the side. */
const verticalGrid = () =>
  drawGrid({ prefix: "v", x: 0, y: 0, stages: STAGES, lanes: THREE_LANES, vertical: true });

describe("readOriented", () => {
  it("reads a vertical journey: stages down the side, lanes across the top", () => {
    const board = verticalGrid();
    const { journey, stageSource, laneSource } = readOriented(board.items, { platform: "miro" });
    expect(JourneySchema.safeParse(journey).success).toBe(true);
    expect(journey.orientation).toBe("vertical");
    expect([stageSource, laneSource]).toEqual(["header-row", "labels"]);
    expect(journey.stages.map((s) => s.title)).toEqual(STAGES);
    expect(journey.lanes.map((l) => l.kind)).toEqual(["step", "pain", "opportunity"]);
    const right = journey.placements.filter((p) => {
      const truth = board.truth.get(p.noteId);
      return truth?.stage === p.stage && truth?.lane === p.lane;
    });
    expect(right).toHaveLength(board.truth.size);
  });

  it("gives a vertical journey's bands along the board: stages by y, lanes by x, notes where they are", () => {
    const board = verticalGrid();
    const { journey } = readOriented(board.items, { platform: "miro" });
    const drawn = new Map(board.items.map((i) => [i.id, i]));
    for (const note of journey.notes) {
      const item = drawn.get(note.id) as BoardItem;
      expect([note.x, note.y, note.width, note.height]).toEqual([
        item.x,
        item.y,
        item.width,
        item.height,
      ]);
    }
    for (const p of journey.placements) {
      const note = drawn.get(p.noteId) as BoardItem;
      expect(bandHolds(journey.stages[p.stage ?? -1]?.band ?? { start: 0, end: -1 }, note.y)).toBe(
        true,
      );
      const lane = journey.lanes.find((l) => l.kind === p.lane)?.band;
      expect(lane && bandHolds(lane, note.x)).toBe(true);
    }
  });

  it("reads a vertical journey of stage frames stacked one above the other", () => {
    const board = verticalGrid();
    const frames: BoardItem[] = STAGES.map((title, s) => ({
      id: `stage${s}`,
      kind: "frame",
      platformType: "frame",
      text: title,
      fill: null,
      x: 550,
      y: 400 + s * 520,
      width: 1100,
      height: 500,
      rotation: 0,
      parentId: null,
      mark: null,
    }));
    const inFrames = board.items
      .filter((i) => i.kind === "sticky" || i.y < 200)
      .map((i) =>
        i.kind === "sticky" ? { ...i, parentId: `stage${Math.floor((i.y - 140) / 520)}` } : i,
      );
    const { journey, stageSource } = readOriented([...frames, ...inFrames], { platform: "miro" });
    expect(journey.orientation).toBe("vertical");
    expect(stageSource).toBe("frames");
    expect(journey.stages.map((s) => s.title)).toEqual(STAGES);
    const right = journey.placements.filter((p) => {
      const truth = board.truth.get(p.noteId);
      return truth?.stage === p.stage && truth?.lane === p.lane;
    });
    expect(right).toHaveLength(board.truth.size);
  });

  it("reads a horizontal journey as reconstructJourney does, with no orientation", () => {
    const board = drawGrid({ prefix: "h", x: 0, y: 0, stages: STAGES, lanes: THREE_LANES });
    const read = readOriented(board.items, { platform: "miro" });
    expect(read).toEqual(reconstructJourney(board.items, { platform: "miro" }));
    expect(read.journey.orientation).toBeUndefined();
  });
});

describe("likelier", () => {
  const board = verticalGrid();
  const sideways = reconstructJourney(board.items, { platform: "miro" });
  const upright = readTransposed(board.items, { platform: "miro" });
  const as = (read: Reconstruction, change: Partial<Reconstruction>) => ({ ...read, ...change });

  it("takes the reading that finds more of a grid, whatever it places", () => {
    const gapsAndLabels = as(sideways, { stageSource: "gaps", laneSource: "labels" });
    const titledAndLabelled = as(upright, {
      journey: { ...upright.journey, placements: upright.journey.placements.slice(0, 3) },
    });
    expect(quality(titledAndLabelled)).toBeLessThan(quality(gapsAndLabels));
    expect(likelier(gapsAndLabels, titledAndLabelled)).toBe(titledAndLabelled);
    expect(
      likelier(as(upright, { laneSource: "colour" }), as(sideways, { laneSource: "labels" })),
    ).toEqual(as(upright, { laneSource: "colour" }));
  });

  it("never takes a vertical reading that finds no grid, and weighs equal grids by what they place", () => {
    const noGrid = as(upright, { stageSource: "gaps", laneSource: "colour" });
    expect(
      likelier(as(sideways, { stageSource: "gaps", laneSource: "colour" }), noGrid).journey
        .orientation,
    ).toBeUndefined();
    expect(
      likelier(as(sideways, { stageSource: "header-row", laneSource: "labels" }), upright),
    ).toBe(upright);
  });
});

describe("readOriented keeps a horizontal board horizontal", () => {
  it("when lane words across the top (a legend's captions) only hint it runs down", () => {
    const board = drawGrid({ prefix: "h", x: 0, y: 0, stages: STAGES, lanes: THREE_LANES });
    const captions = ["Pain points", "Ideas", "Gains"].map((text, i) => ({
      ...(board.items.find((item) => item.kind === "text") as BoardItem),
      id: `caption${i}`,
      text,
      x: 2400 + i * 320,
      y: -400,
    }));
    const items = [...board.items, ...captions];
    const read = readOriented(items, { platform: "miro" });
    expect(read.journey.orientation).toBeUndefined();
    expect(read).toEqual(reconstructJourney(items, { platform: "miro" }));
  });
});

describe("quality", () => {
  it("counts the confidence of notes with a stage and a lane, halved when stage titles name lanes", () => {
    const board = verticalGrid();
    const sideways = reconstructJourney(board.items, { platform: "miro" });
    expect(sideways.journey.stages.map((s) => s.title)).toEqual(THREE_LANES.map(([t]) => t));
    const sum = sideways.journey.placements
      .filter((p) => p.stage !== null && p.lane !== null)
      .reduce((total, p) => total + p.confidence, 0);
    expect(quality(sideways)).toBeCloseTo(sum / 2, 6);
    const upright = readOriented(board.items, { platform: "miro" });
    expect(quality(upright)).toBeGreaterThan(quality(sideways));
  });
});
