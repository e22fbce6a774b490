import { describe, expect, it } from "vitest";
import { BoardState } from "./board-state";
import { appMark, userSection, userSticky } from "./emulator-test-kit";
import { randomUserEdit } from "./random-user-edit";
import { addUserNodes } from "./user-nodes";

function page() {
  const state = new BoardState({ namespace: "journey_mapper", key: "mark" });
  addUserNodes(state, [
    userSection("stage", { x: 0, y: 0, mark: appMark("stage:1") }),
    userSticky("mine", { x: 0, y: 0, parentId: "stage", mark: appMark("note:1") }),
    userSticky("theirs", { x: 2000, y: 0 }),
  ]);
  return state;
}

describe("randomUserEdit", () => {
  it("nudges one of the people's stickies, not the app's", () => {
    const state = page();
    randomUserEdit(state, () => 0.1);
    expect(state.userEdits).toEqual(["moved user sticky theirs by (-48, -48)"]);
  });

  it("deletes one of the app's marked nodes, a section with what it holds", () => {
    const state = page();
    randomUserEdit(state, () => 0.4);
    expect(state.userEdits).toEqual(["deleted app node stage (SECTION)"]);
    expect(state.store.all().map((node) => node.id)).toEqual(["theirs"]);
  });

  it("adds people's stickies beside a node", () => {
    const state = page();
    randomUserEdit(state, () => 0.9);
    const added = state.store
      .all()
      .filter((node) => !["stage", "mine", "theirs"].includes(node.id));
    expect(state.userEdits).toEqual([`added user stickies ${added.map((n) => n.id).join(", ")}`]);
    expect(added.map((node) => [node.type, node.origin])).toEqual([
      ["STICKY", "user"],
      ["STICKY", "user"],
    ]);
  });
});
