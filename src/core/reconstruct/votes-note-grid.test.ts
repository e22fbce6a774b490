import { describe, expect, it } from "vitest";
import { NoteGrid } from "./votes-note-grid";

const box = (id: string, x: number, y: number, width = 200, height = 200) => ({
  id,
  x,
  y,
  width,
  height,
});

describe("NoteGrid", () => {
  const notes = [
    box("a", 0, 0),
    box("b", 150, 0),
    box("c", 1000, 1000),
    box("big", 5000, 0, 4000, 4000),
  ];
  const grid = new NoteGrid(notes, 200, 200);

  it("finds the note under a point, the nearest centre where notes overlap", () => {
    expect(grid.at(10, 10)?.id).toBe("a");
    expect(grid.at(120, 0)?.id).toBe("b");
    expect(grid.at(1090, 950)?.id).toBe("c");
    expect(grid.at(500, 500)).toBeNull();
  });

  it("grows each note by the slack asked for, and skips what it is told to", () => {
    expect(grid.at(1120, 1000)).toBeNull();
    expect(grid.at(1120, 1000, 30)?.id).toBe("c");
    expect(grid.at(1000, 1130, 50)?.id).toBe("c");
    expect(grid.at(60, 10)?.id).toBe("a");
    expect(grid.at(60, 10, 0, (n) => n.id === "a")?.id).toBe("b");
    expect(grid.at(10, 10, 0, (n) => n.id === "a")).toBeNull();
  });

  it("finds a very large note by its middle", () => {
    expect(grid.at(5100, 100)?.id).toBe("big");
  });

  it("lists the notes whose centres lie in a box, each once", () => {
    expect(grid.centresIn(-50, -50, 200, 50).map((n) => n.id)).toEqual(["a", "b"]);
    expect(
      grid
        .centresIn(-1000, -1000, 1200, 1200)
        .map((n) => n.id)
        .sort(),
    ).toEqual(["a", "b", "c"]);
    expect(grid.centresIn(300, 300, 900, 900)).toEqual([]);
  });
});
