import { describe, expect, it } from "vitest";
import { boardCentres } from "./board-centres";
import type { MiroItem } from "./miro-api";
import { frameView, stickyView } from "./miro-sdk-test-kit";

const nowhere = async () => null;

describe("boardCentres", () => {
  it("keeps the centre of an item on the board itself", async () => {
    const centres = await boardCentres([stickyView({ x: 40, y: -20 })], nowhere);
    expect(centres.get("s1")).toEqual({ x: 40, y: -20 });
  });

  it("measures a frame child from its frame's top-left corner, frame by frame", async () => {
    const outer = frameView({ id: "outer", x: 1000, y: 500, width: 2000, height: 1000 });
    const inner = frameView({ id: "inner", parentId: "outer", x: 300, y: 200, width: 400 });
    const note = stickyView({ parentId: "inner", x: 50, y: 60 });
    const centres = await boardCentres([note, inner, outer], nowhere);
    expect(centres.get("inner")).toEqual({ x: 300, y: 200 });
    expect(centres.get("s1")).toEqual({ x: 300 - 200 + 50, y: 200 - 400 + 60 });
  });

  it("looks up a frame the read did not bring, once", async () => {
    const asked: string[] = [];
    const lookUp = async (id: string): Promise<MiroItem | null> => {
      asked.push(id);
      return frameView({ id, x: 500, y: 400 });
    };
    const notes = [stickyView({ id: "a", parentId: "f" }), stickyView({ id: "b", parentId: "f" })];
    const centres = await boardCentres(notes, lookUp);
    expect(asked).toEqual(["f"]);
    expect(centres.get("b")).toEqual({ x: 0, y: 0 });
  });

  it("reads an item as on the board when its frame is gone or frames loop", async () => {
    const gone = stickyView({ id: "gone", parentId: "nowhere", x: 7, y: 8 });
    const a = frameView({ id: "a", parentId: "b", x: 10, y: 10 });
    const b = frameView({ id: "b", parentId: "a", x: 20, y: 20 });
    const centres = await boardCentres([gone, a, b], nowhere);
    expect(centres.get("gone")).toEqual({ x: 7, y: 8 });
    expect(centres.get("a")).toEqual({ x: 10, y: 10 });
    expect(centres.get("b")).toEqual({ x: 20, y: 20 });
  });
});
