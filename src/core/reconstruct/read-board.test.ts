import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { JourneySchema } from "../model/journey";
import { type DrawnJourney, drawGrid, THREE_LANES } from "./journey-test-kit";
import { type BoardReading, holdsJourney, readBoard } from "./read-board";
import { reconstructJourney } from "./reconstruct-journey";

const STAGES_SV = ["Behov", "Köp", "Leverans"];
const STAGES_EN = ["Discover", "Buy", "Use", "Support"];

function read(items: BoardItem[]): BoardReading {
  const reading = readBoard(items, { platform: "miro" });
  for (const { journey } of reading.journeys)
    expect(JourneySchema.safeParse(journey).success).toBe(true);
  return reading;
}

/** How many of each drawn journey's notes were read in that journey, stage and lane. */
function correct(reading: BoardReading, drawn: readonly DrawnJourney[]): number[] {
  return drawn.map((d, index) => {
    const placements = reading.journeys[index]?.journey.placements ?? [];
    return placements.filter((p) => {
      const truth = d.truth.get(p.noteId);
      return truth && truth.stage === p.stage && truth.lane === p.lane;
    }).length;
  });
}

/** Every sticky of the board is listed once, in exactly one journey. */
function expectNothingDropped(items: readonly BoardItem[], reading: BoardReading) {
  const listed = reading.journeys.flatMap(({ journey }) =>
    [...journey.placements, ...journey.unplaced].map((p) => p.noteId),
  );
  const stickies = items.filter((i) => i.kind === "sticky").map((i) => i.id);
  expect([...listed].sort()).toEqual([...stickies].sort());
}

const unframed = (items: readonly BoardItem[]) =>
  items.filter((i) => i.kind !== "frame").map((i) => ({ ...i, parentId: null }));

/** A frame around each stage of a grid of STAGES_EN drawn at the origin. */
const stageFrames = (board: DrawnJourney): BoardItem[] =>
  STAGES_EN.map((title, s) => ({
    ...(board.items[0] as BoardItem),
    id: `stage${s}`,
    kind: "frame",
    text: title,
    x: 400 + s * 520,
    y: 550,
    width: 500,
    height: 1100,
  }));

describe("readBoard: several journeys from frames", () => {
  const asIs = drawGrid({
    prefix: "a",
    x: 0,
    y: 0,
    stages: STAGES_SV,
    lanes: THREE_LANES,
    frame: "Idag",
  });
  const toBe = drawGrid({
    prefix: "b",
    x: 100,
    y: 1900,
    stages: [...STAGES_SV, "Använda"],
    lanes: THREE_LANES,
    frame: "Målbild",
  });

  it("reads two frames, each with its own grid, as two journeys titled by their frames", () => {
    const items = [...toBe.items, ...asIs.items];
    const reading = read(items);
    expect(reading.journeys.map((j) => j.title)).toEqual(["Idag", "Målbild"]);
    expect(reading.journeys.map((j) => j.journey.stages.map((s) => s.title))).toEqual([
      STAGES_SV,
      [...STAGES_SV, "Använda"],
    ]);
    expect(correct(reading, [asIs, toBe])).toEqual([asIs.truth.size, toBe.truth.size]);
    expectNothingDropped(items, reading);
  });

  it("orders frames side by side left to right", () => {
    const left = drawGrid({
      prefix: "l",
      x: 0,
      y: 0,
      stages: STAGES_EN,
      lanes: THREE_LANES,
      frame: "Current state",
    });
    const right = drawGrid({
      prefix: "r",
      x: 3200,
      y: 40,
      stages: STAGES_EN,
      lanes: THREE_LANES,
      frame: "Future state",
    });
    const reading = read([...right.items, ...left.items]);
    expect(reading.journeys.map((j) => j.title)).toEqual(["Current state", "Future state"]);
    expect(correct(reading, [left, right])).toEqual([left.truth.size, right.truth.size]);
  });

  it("gives a note between the frames to the nearest journey", () => {
    const stray = {
      ...(toBe.items.find((i) => i.kind === "sticky") as BoardItem),
      id: "stray",
      y: 1500,
      parentId: null,
    };
    const items = [...asIs.items, ...toBe.items, stray];
    const reading = read(items);
    const second = reading.journeys[1]?.journey;
    expect(
      [...(second?.placements ?? []), ...(second?.unplaced ?? [])].some(
        (p) => p.noteId === "stray",
      ),
    ).toBe(true);
    expectNothingDropped(items, reading);
  });

  it("keeps a journey built of stage frames side by side as one journey", () => {
    const board = drawGrid({ prefix: "s", x: 0, y: 0, stages: STAGES_EN, lanes: THREE_LANES });
    const frames = stageFrames(board);
    const items = [...frames, ...board.items.filter((i) => i.kind === "sticky" || i.x < 200)];
    const reading = read(items);
    expect(reading.journeys).toHaveLength(1);
    expect(reading.journeys[0]?.stageSource).toBe("frames");
    expect(correct(reading, [board])).toEqual([board.truth.size]);
  });
});

describe("readBoard: one journey of stage frames, however sparse", () => {
  it("does not read two well-filled stage frames, each with its neighbours, as two journeys", () => {
    const board = drawGrid({ prefix: "s", x: 0, y: 0, stages: STAGES_EN, lanes: THREE_LANES });
    const frames = stageFrames(board);
    const stageOf = (item: BoardItem) => Math.floor((item.x - 150) / 520);
    // Stages 0 and 2 hold six notes each, stages 1 and 3 three each.
    const notes = board.items.filter(
      (i) => i.kind === "sticky" && (stageOf(i) % 2 === 0 || i.text.endsWith(".0")),
    );
    // No lane labels: lanes come from colour, as on a quick board of stage frames.
    const reading = read([...frames, ...notes]);
    expect(reading.journeys).toHaveLength(1);
    expect(reading.journeys[0]?.journey.stages).toHaveLength(4);
  });

  it("does not cut a journey with a wide gap between two stages in two: only its left part has the labels", () => {
    const board = drawGrid({ prefix: "g", x: 0, y: 0, stages: STAGES_EN, lanes: THREE_LANES });
    const items = board.items.map((i) => (i.x > 1200 ? { ...i, x: i.x + 2000 } : i));
    const reading = read(items);
    expect(reading.journeys).toHaveLength(1);
    expect(correct(reading, [board])).toEqual([board.truth.size]);
  });
});

describe("readBoard: several journeys from clear space", () => {
  const title = (id: string, text: string, x: number, y: number): BoardItem => ({
    id,
    kind: "text",
    platformType: "text",
    text,
    fill: null,
    x,
    y,
    width: 900,
    height: 120,
    rotation: 0,
    parentId: null,
    mark: null,
  });
  const top = drawGrid({ prefix: "t", x: 0, y: 0, stages: STAGES_EN, lanes: THREE_LANES });
  const bottom = drawGrid({ prefix: "u", x: 0, y: 2400, stages: STAGES_EN, lanes: THREE_LANES });

  it("reads grids one above the other, each with its own stage titles, as journeys titled by the text above them", () => {
    const items = [
      title("title-1", "Nu", 600, -300),
      ...unframed(top.items),
      title("title-2", "Fremtid", 600, 2100),
      ...unframed(bottom.items),
    ];
    const reading = read(items);
    expect(reading.journeys.map((j) => j.title)).toEqual(["Nu", "Fremtid"]);
    expect(correct(reading, [top, bottom])).toEqual([top.truth.size, bottom.truth.size]);
    expectNothingDropped(items, reading);
  });

  it("reads grids side by side, left to right", () => {
    const right = drawGrid({ prefix: "v", x: 3600, y: 0, stages: STAGES_SV, lanes: THREE_LANES });
    const reading = read([...unframed(right.items), ...unframed(top.items)]);
    expect(reading.journeys.map((j) => j.journey.stages.map((s) => s.title))).toEqual([
      STAGES_EN,
      STAGES_SV,
    ]);
    expect(reading.journeys.map((j) => j.title)).toEqual([null, null]);
  });

  it("does not make a journey of a cluster without stage titles: a parking lot far below stays in the one journey", () => {
    const parked = unframed(top.items)
      .filter((i) => i.kind === "sticky")
      .slice(0, 5)
      .map((i, k) => ({ ...i, id: `parked${k}`, y: 4000 + k * 10 }));
    const items = [...unframed(top.items), ...parked];
    const reading = read(items);
    expect(reading.journeys).toHaveLength(1);
    expectNothingDropped(items, reading);
  });
});

describe("readBoard: one journey", () => {
  it("reads a board of one journey exactly as reconstructJourney does, titled by its header", () => {
    const board = drawGrid({
      prefix: "o",
      x: 0,
      y: 0,
      stages: STAGES_EN,
      lanes: THREE_LANES,
      frame: "Our journey",
    });
    const reading = read(board.items);
    const { title, ...journey } = reading.journeys[0] as BoardReading["journeys"][number];
    expect(reading.journeys).toHaveLength(1);
    expect(journey).toEqual(reconstructJourney(board.items, { platform: "miro" }));
    expect(title).toBe("Our journey");
  });

  it("lists a note without a position in the first journey of several", () => {
    const a = drawGrid({
      prefix: "a",
      x: 0,
      y: 0,
      stages: STAGES_SV,
      lanes: THREE_LANES,
      frame: "Idag",
    });
    const b = drawGrid({
      prefix: "b",
      x: 0,
      y: 1900,
      stages: STAGES_SV,
      lanes: THREE_LANES,
      frame: "Målbild",
    });
    const lost = {
      ...(a.items.find((i) => i.kind === "sticky") as BoardItem),
      id: "lost",
      noPosition: true as const,
      parentId: null,
    };
    const items = [...a.items, ...b.items, lost];
    const reading = read(items);
    expect(reading.journeys).toHaveLength(2);
    expect(
      reading.journeys[0]?.journey.unplaced.find((u) => u.noteId === "lost")?.cause?.where,
    ).toBe("no-position");
    expectNothingDropped(items, reading);
  });
});

describe("holdsJourney", () => {
  const board = drawGrid({ prefix: "h", x: 0, y: 0, stages: STAGES_EN, lanes: THREE_LANES });
  const read = reconstructJourney(board.items, { platform: "miro" });
  const untitled = {
    ...read,
    journey: { ...read.journey, header: { ...read.journey.header, title: null } },
  };
  const titled = {
    ...read,
    journey: { ...read.journey, header: { ...read.journey.header, title: "Nu" } },
  };

  it("takes a part with stage titles of its own", () => {
    expect(read.stageSource).toBe("header-row");
    expect(holdsJourney(untitled, false)).toBe(true);
  });

  it("takes a part whose stages come from gaps only with lane labels and a frame or a title", () => {
    const gaps = (r: typeof read) => ({ ...r, stageSource: "gaps" as const });
    expect(holdsJourney(gaps(untitled), false)).toBe(false);
    expect(holdsJourney(gaps(untitled), true)).toBe(true);
    expect(holdsJourney(gaps(titled), false)).toBe(true);
    expect(holdsJourney({ ...gaps(titled), laneSource: "colour" }, false)).toBe(false);
  });

  it("asks a part beside another, apart only by space, for lane labels or a title", () => {
    const colour = { ...untitled, laneSource: "colour" as const };
    expect(holdsJourney(colour, false, false)).toBe(true);
    expect(holdsJourney(colour, false, true)).toBe(false);
    expect(holdsJourney({ ...colour, journey: titled.journey }, false, true)).toBe(true);
  });
});
