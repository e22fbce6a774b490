import { describe, expect, it } from "vitest";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { writeFigmaFile } from "../adapters/figma-rest/write-figma-file";
import { listActions } from "../core/actions/list-actions";
import type { BoardItem } from "../core/board/board-item";
import { readBoard } from "../core/reconstruct/read-board";

const sticky = (id: string, text: string, fill: string, x: number, y: number) => ({
  id,
  type: "sticky_note",
  data: { content: `<p>${text}</p>`, shape: "square" },
  style: { fillColor: fill },
  position: { x, y, origin: "center", relativeTo: "canvas_center" },
  geometry: { width: 200, height: 228 },
});

/** Three stages under a header row; the hiring drawn to the pain it answers by a connector. */
const NOTES = [
  sticky("h1", "Arrive", "dark_blue", 0, -400),
  sticky("h2", "Pay", "dark_blue", 1200, -400),
  sticky("h3", "Leave", "dark_blue", 2400, -400),
  sticky("p1", "Long wait at the desk", "red", 0, 0),
  sticky("p2", "Rude staff", "red", 250, 0),
  sticky("a1", "Hire more people", "cyan", 500, 600),
  sticky("p3", "Card declined", "red", 1200, 0),
  sticky("o1", "Accept mobile pay", "orange", 1200, 300),
  sticky("p4", "Parking is expensive", "red", 2400, 0),
  sticky("p5", "Signs are unclear", "red", 2650, 0),
  sticky("a2", "New signs at the exit", "cyan", 2900, 600),
];
const CONNECTOR = { id: "c1", type: "connector", startItem: { id: "a1" }, endItem: { id: "p2" } };

function answers(items: readonly BoardItem[], platform: "miro" | "figjam") {
  const { journeys } = readBoard(items, { platform });
  return journeys.flatMap((j) =>
    listActions(j.journey, "en").actions.map((a) => [a.status, a.title, a.answers]),
  );
}

function read(json: unknown) {
  const board = readBoardFile(json);
  if (!board.ok) throw new Error(board.error);
  return board.value;
}

// Pay's one pain is answered by the idea under it, so it gets no suggestion.
const EXPECTED = [
  ["planned", "Hire more people", ["Rude staff"]],
  ["idea", "Accept mobile pay", ["Card declined"]],
  ["planned", "New signs at the exit", ["Signs are unclear"]],
];

describe("the pains an action answers, read from a board file", () => {
  it("Miro: a connector, the place right under a pain, shared words; nothing else", () => {
    expect(answers(read({ data: [...NOTES, CONNECTOR] }).items, "miro")).toEqual(EXPECTED);
  });

  it("FigJam: the same board, its connector holding on to the notes at its ends", () => {
    const miro = read({ data: [...NOTES, CONNECTOR] }).items;
    const figjam = read(JSON.parse(JSON.stringify(writeFigmaFile(miro, "Board"))));
    expect(figjam.platform).toBe("figjam");
    expect(answers(figjam.items, "figjam")).toEqual(EXPECTED);
  });

  it("answers none for an action nothing on the board ties to a pain", () => {
    const without = answers(read({ data: NOTES }).items, "miro");
    expect(without[0]).toEqual(["planned", "Hire more people", []]);
  });
});
