import { describe, expect, it } from "vitest";
import { BoardState } from "./board-state";
import { seeded, userNote } from "./emulator-test-kit";
import { randomUserEdit } from "./random-user-edit";
import { recordOfItem } from "./user-board";

function boardOf(...marks: boolean[]): BoardState {
  const state = new BoardState();
  marks.forEach((marked, n) => {
    const mark = marked
      ? {
          schemaVersion: 2 as const,
          part: "tidy" as const,
          role: "tidy-note" as const,
          key: `k${n}`,
          groupId: "g",
        }
      : null;
    state.store.add(recordOfItem(userNote(`n${n}`, { x: n * 300, mark }), "mark"));
  });
  return state;
}

describe("randomUserEdit", () => {
  it("nudges a user's note on a low roll", () => {
    const state = boardOf(false, true);
    const rolls = [0.1, 0, 0.75, 0.25];
    randomUserEdit(state, () => rolls.shift() ?? 0);
    expect(state.userEdits).toEqual(["moved user note n0 by (30, -30)"]);
    expect(state.store.get("n0")).toMatchObject({ x: 30, y: -30 });
  });

  it("deletes one of the app's items, never a user's, on a middle roll", () => {
    const state = boardOf(false, true);
    randomUserEdit(state, () => 0.5);
    expect(state.userEdits).toEqual(["deleted app item n1 (sticky_note)"]);
    expect(state.store.all().map((r) => r.id)).toEqual(["n0"]);
  });

  it("adds notes when there is nothing of the kind to act on", () => {
    const state = boardOf();
    randomUserEdit(state, seeded(1));
    expect(state.userEdits).toHaveLength(1);
    expect(state.userEdits[0]).toMatch(/^added user notes? 3458764/);
    expect(state.store.all().every((r) => r.origin === "user")).toBe(true);
  });
});
