import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import type { Journey } from "../model/journey";
import { reconstructJourney } from "./reconstruct-journey";

let next = 0;
function item(fields: Partial<BoardItem> & Pick<BoardItem, "kind" | "x" | "y">): BoardItem {
  return {
    id: `s${++next}`,
    platformType: fields.kind,
    text: "",
    fill: null,
    width: 199,
    height: 228,
    rotation: 0,
    parentId: null,
    mark: null,
    ...fields,
  };
}

const STAGE_X = [0, 900, 1800, 2700];
const ROW_Y = [0, 300, 600];
const LANE_FILLS = ["yellow", "pink", "red"];

/** Notes in three rows under four stages, two side by side in each stage and row. */
function notesUnder(): BoardItem[] {
  return STAGE_X.flatMap((x, s) =>
    ROW_Y.flatMap((y, r) =>
      [-110, 110].map((dx, i) =>
        item({
          kind: "sticky",
          text: `note ${s}.${r}.${i}`,
          fill: LANE_FILLS[r] as string,
          x: x + dx,
          y,
        }),
      ),
    ),
  );
}

const TITLES = ["Awareness", "Purchase", "Delivery", "Use"];

function read(items: BoardItem[]) {
  return reconstructJourney(items, { platform: "miro" });
}

function roles(journey: Journey, ids: readonly string[]) {
  return ids.map((id) => journey.unplaced.find((u) => u.noteId === id)?.role ?? null);
}

function stagesOf(journey: Journey, notes: readonly BoardItem[]) {
  return notes.map((n) => journey.placements.find((p) => p.noteId === n.id)?.stage);
}

const expectedStages = STAGE_X.flatMap((_, s) => ROW_Y.flatMap(() => [s, s]));

describe("stage titles that are not text", () => {
  it("reads wide stickies across the top as the stage titles", () => {
    const notes = notesUnder();
    const titles = TITLES.map((text, s) =>
      item({ kind: "sticky", text, fill: "yellow", x: STAGE_X[s] as number, y: -350, width: 350 }),
    );
    const { journey, stageSource } = read([...titles, ...notes]);
    expect(stageSource).toBe("header-row");
    expect(journey.stages.map((s) => s.title)).toEqual(TITLES);
    expect(
      roles(
        journey,
        titles.map((t) => t.id),
      ),
    ).toEqual(TITLES.map(() => "stage-header"));
    expect(stagesOf(journey, notes)).toEqual(expectedStages);
  });

  it("reads stickies of a colour of their own in a row above the notes as the titles", () => {
    const notes = notesUnder();
    // Violet would mean thoughts, but no row of notes is violet: here it is the titles' colour.
    const titles = TITLES.map((text, s) =>
      item({ kind: "sticky", text, fill: "violet", x: STAGE_X[s] as number, y: -330 }),
    );
    const { journey } = read([...notes, ...titles]);
    expect(journey.stages.map((s) => s.title)).toEqual(TITLES);
    expect(
      roles(
        journey,
        titles.map((t) => t.id),
      ),
    ).toEqual(TITLES.map(() => "stage-header"));
    expect(stagesOf(journey, notes)).toEqual(expectedStages);
  });

  it("reads chevrons in a row above the notes as the stages", () => {
    const notes = notesUnder();
    const chevrons = TITLES.map((text, s) =>
      item({
        kind: "shape",
        shape: s % 2 === 0 ? "chevron" : "right_arrow",
        text,
        x: STAGE_X[s] as number,
        y: -330,
        width: 700,
        height: 150,
      }),
    );
    // A longer row of words above them (the board's phases) is not the stages.
    const words = ["Before", "Search", "During", "Home", "After"].map((text, i) =>
      item({ kind: "text", text, x: i * 700, y: -600, width: 300, height: 60 }),
    );
    const { journey } = read([...words, ...chevrons, ...notes]);
    expect(journey.stages.map((s) => s.title)).toEqual(TITLES);
    expect(stagesOf(journey, notes)).toEqual(expectedStages);
  });

  it("does not read the first row of yellow step notes as titles", () => {
    // One step per stage in the top row, alone in its colour, spaced like titles would be.
    const steps = STAGE_X.map((x, s) =>
      item({ kind: "sticky", text: `Step ${s}`, fill: "yellow", x, y: -330 }),
    );
    const notes = notesUnder().filter((n) => n.fill !== "yellow");
    const { journey } = read([...steps, ...notes]);
    expect(
      roles(
        journey,
        steps.map((s) => s.id),
      ),
    ).toEqual(steps.map(() => null));
    expect(steps.map((s) => journey.placements.find((p) => p.noteId === s.id))).toMatchObject(
      STAGE_X.map((_, stage) => ({ stage, lane: "step" })),
    );
  });

  it("does not read a row of own-coloured notes beside a lane label as titles", () => {
    const notes = notesUnder();
    const firstRow = STAGE_X.map((x, s) =>
      item({ kind: "sticky", text: `Website ${s}`, fill: "violet", x, y: -330 }),
    );
    const labels = ["Touchpoints", "Steps", "Feelings", "Pains"].map((text, r) =>
      item({ kind: "text", text, x: -700, y: r === 0 ? -330 : (ROW_Y[r - 1] as number) }),
    );
    const { journey } = read([...labels, ...firstRow, ...notes]);
    expect(
      roles(
        journey,
        firstRow.map((s) => s.id),
      ),
    ).toEqual(firstRow.map(() => null));
    expect(firstRow.map((n) => journey.placements.find((p) => p.noteId === n.id)?.lane)).toEqual(
      firstRow.map(() => "touchpoint"),
    );
  });

  it("does not read a packed row of one colour, several per stage, as titles", () => {
    const notes = notesUnder();
    const ideas = STAGE_X.flatMap((x) =>
      [-110, 110].map((dx) =>
        item({ kind: "sticky", text: "Idea", fill: "orange", x: x + dx, y: -330 }),
      ),
    );
    const { journey } = read([...ideas, ...notes]);
    expect(
      roles(
        journey,
        ideas.map((s) => s.id),
      ),
    ).toEqual(ideas.map(() => null));
  });

  it("keeps titles of their own colour when a slip of that colour lies among the notes", () => {
    const notes = notesUnder();
    const slip = notes[7] as BoardItem;
    slip.fill = "orange";
    const titles = TITLES.map((text, s) =>
      item({ kind: "sticky", text, fill: "orange", x: STAGE_X[s] as number, y: -330 }),
    );
    const { journey } = read([...titles, ...notes]);
    expect(journey.stages.map((s) => s.title)).toEqual(TITLES);
    expect(roles(journey, [slip.id])).toEqual([null]);
  });

  it("reads a row of notes under a row of text titles as notes", () => {
    const notes = notesUnder();
    const texts = TITLES.map((text, s) =>
      item({ kind: "text", text, x: STAGE_X[s] as number, y: -700, width: 500, height: 80 }),
    );
    const wide = STAGE_X.map((x, s) =>
      item({ kind: "sticky", text: `Goal ${s}`, fill: "light_yellow", x, y: -330, width: 350 }),
    );
    const { journey } = read([...texts, ...wide, ...notes]);
    expect(journey.stages.map((s) => s.title)).toEqual(TITLES);
    expect(
      roles(
        journey,
        wide.map((w) => w.id),
      ),
    ).toEqual(wide.map(() => null));
    expect(stagesOf(journey, wide)).toEqual([0, 1, 2, 3]);
  });
});
