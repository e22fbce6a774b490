import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { JourneySchema } from "../model/journey";
import { reconstructJourney } from "./reconstruct-journey";

let next = 0;
function item(
  kind: BoardItem["kind"],
  text: string,
  fill: string | null,
  x: number,
  y: number,
  extra: Partial<BoardItem> = {},
): BoardItem {
  return {
    id: `${kind}-${++next}`,
    kind,
    platformType: kind,
    text,
    fill,
    x,
    y,
    width: 199,
    height: 228,
    rotation: 0,
    parentId: null,
    mark: null,
    ...extra,
  };
}
const DOT = { width: 40, height: 40 };
const dot = (x: number, y: number, fill = "red") => item("sticky", "", fill, x, y, DOT);
const stamp = (x: number, y: number, name = "thumbs_up") =>
  item("other", name, null, x, y, { platformType: "STAMP", width: 48, height: 48 });

/** Two stages of two notes each, lanes by colour. */
function notes() {
  return [0, 1].flatMap((stage) =>
    ["yellow", "red"].map((fill, row) =>
      item("sticky", `Note ${stage}.${row}`, fill, stage * 600, row * 300),
    ),
  );
}

function read(items: BoardItem[]) {
  const result = reconstructJourney(items, { platform: "figjam" });
  expect(JourneySchema.safeParse(result.journey).success).toBe(true);
  const votes = (id: string) => result.journey.notes.find((n) => n.id === id)?.votes;
  const unplaced = (id: string) => result.journey.unplaced.find((u) => u.noteId === id);
  return { ...result, votes, unplaced };
}

describe("votes", () => {
  it("counts small dot stickies on a note as its votes, each listed as a vote for it", () => {
    const board = notes();
    const [a, b] = board as [BoardItem, BoardItem];
    const dots = [dot(a.x - 50, a.y - 60), dot(a.x + 50, a.y + 80), dot(b.x, b.y)];
    const result = read([...board, ...dots]);
    expect(result.votes(a.id)).toBe(2);
    expect(result.votes(b.id)).toBe(1);
    expect(board.slice(2).map((n) => result.votes(n.id))).toEqual([undefined, undefined]);
    expect(result.unplaced(dots[0]?.id ?? "")).toEqual({
      noteId: dots[0]?.id,
      role: "vote",
      reason: "a vote dot for the note “Note 0.0”",
    });
    // Dots are not notes of the journey: every note keeps its place.
    expect(result.journey.placements.map((p) => p.noteId).sort()).toEqual(
      board.map((n) => n.id).sort(),
    );
  });

  it("counts FigJam stamps on a note as its votes", () => {
    const board = notes();
    const [, , c] = board as [BoardItem, BoardItem, BoardItem];
    const result = read([...board, stamp(c.x + 60, c.y - 90), stamp(c.x, c.y, "heart")]);
    expect(result.votes(c.id)).toBe(2);
    // A stamp is not a note: it is counted, not listed.
    expect(result.journey.unplaced).toEqual([]);
  });

  it("counts small round shapes on a note as its votes, not square ones or large ones", () => {
    const board = notes();
    const [a, b] = board as [BoardItem, BoardItem];
    const shape = (x: number, y: number, outline: string, size = 36) =>
      item("shape", "", "#e6e6e6", x, y, { shape: outline, width: size, height: size });
    const result = read([
      ...board,
      shape(a.x, a.y, "ellipse"),
      shape(a.x + 40, a.y, "circle"),
      shape(b.x, b.y, "rectangle"),
      shape(b.x, b.y + 40, "ellipse", 150),
    ]);
    expect(result.votes(a.id)).toBe(2);
    expect(result.votes(b.id)).toBeUndefined();
  });

  it("lists a dot on no note as a vote for nothing", () => {
    const stray = dot(3000, 3000);
    const result = read([...notes(), stray]);
    expect(result.unplaced(stray.id)).toEqual({
      noteId: stray.id,
      role: "vote",
      reason: "a vote dot on no note: it votes for nothing",
    });
    expect(result.journey.notes.some((n) => n.votes !== undefined)).toBe(false);
  });

  it("counts a stack of dots that runs half off the note's corner", () => {
    const board = notes();
    const [a] = board as [BoardItem];
    const right = a.x + a.width / 2;
    const top = a.y - a.height / 2;
    const stack = [dot(right - 30, top + 10), dot(right, top - 5), dot(right + 25, top - 15)];
    const result = read([...board, ...stack]);
    expect(result.votes(a.id)).toBe(3);
  });

  it("keeps the board's note size when dots outnumber the notes", () => {
    const board = notes();
    const dots = board.flatMap((n) => [0, 1, 2].map((k) => dot(n.x + 60 - k * 45, n.y - 70)));
    const result = read([...board, ...dots]);
    expect(board.map((n) => result.votes(n.id))).toEqual([3, 3, 3, 3]);
    expect(result.journey.placements).toHaveLength(4);
  });

  it("reads a small note with words as a note, not a dot", () => {
    const board = notes();
    const small = item("sticky", "Slow checkout", "red", 300, 300, { width: 90, height: 90 });
    const result = read([...board, small]);
    expect(result.journey.placements.some((p) => p.noteId === small.id)).toBe(true);
  });

  it("names a voted note by its id when it has no words", () => {
    const board = notes();
    const empty = item("sticky", "", "yellow", 1200, 0);
    const voter = dot(1200, 0, "blue");
    const result = read([...board, empty, voter]);
    expect(result.votes(empty.id)).toBe(1);
    expect(result.unplaced(voter.id)?.reason).toBe(`a vote dot for the note ${empty.id}`);
  });
});

describe("cards", () => {
  it("places a Miro card like a sticky, by where it lies, in the row it sits in", () => {
    const labels = ["Customer steps", "Actions"].map((text, row) =>
      item("text", text, null, -500, row * 300, { width: 300, height: 80 }),
    );
    const board = [0, 1].flatMap((stage) =>
      ["yellow", "cyan"].map((fill, row) =>
        item("sticky", `Note ${stage}.${row}`, fill, stage * 600, row * 300),
      ),
    );
    const card = item("card", "Call the customer\nOwner: Eva, by Friday", "#2d9bf0", 600, 310, {
      platformType: "card",
      width: 320,
      height: 94,
    });
    const result = reconstructJourney([...labels, ...board, card], { platform: "miro" });
    expect(result.journey.placements.find((p) => p.noteId === card.id)).toMatchObject({
      stage: 1,
      lane: "action",
    });
    expect(result.journey.notes.find((n) => n.id === card.id)?.itemKind).toBe("card");
  });
});
