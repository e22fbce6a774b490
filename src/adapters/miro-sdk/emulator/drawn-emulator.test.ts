import { describe, expect, it } from "vitest";
import type { DrawnBoardChange } from "../../../board-view/drawn-board";
import { contractDraft } from "../../contract/board-harness";
import { MiroSdkBoard } from "../miro-sdk-board";
import { drawnMiroEmulator } from "./drawn-emulator";
import { userFrame, userNote } from "./emulator-test-kit";
import { MiroEmulator } from "./miro-emulator";

function board() {
  const emulator = new MiroEmulator();
  emulator.addUserItems([
    userFrame("frame", { x: 1000, y: 1000 }),
    userNote("in-frame", { x: 900, y: 950, parentId: "frame", text: "Lång väntetid" }),
    userNote("loose", { x: -300, y: 40, fill: "red" }),
  ]);
  const drawn = drawnMiroEmulator(emulator);
  const changes: DrawnBoardChange[] = [];
  drawn.onChange((change) => changes.push(change));
  return { emulator, drawn, changes };
}

describe("drawnMiroEmulator", () => {
  it("reads the emulated board as the adapter reads it: board centres, text, fills", () => {
    const { drawn } = board();
    expect(drawn.all().map((item) => [item.id, item.kind, item.x, item.y, item.parentId])).toEqual([
      ["frame", "frame", 1000, 1000, null],
      ["in-frame", "sticky", 900, 950, "frame"],
      ["loose", "sticky", -300, 40, null],
    ]);
    expect(drawn.get("in-frame")).toMatchObject({ text: "Lång väntetid", mark: null });
    expect(drawn.get("loose")?.fill).toBe("red");
  });

  it("shows what the app writes through the real adapter, marked, and the view it brings up", async () => {
    const { emulator, drawn, changes } = board();
    const port = new MiroSdkBoard(emulator.board);
    const [created] = await port.createItems([contractDraft("summary", { x: 3000, y: 0 })]);
    await port.bringIntoView({ rect: { x: 2900, y: -100, width: 200, height: 200 } });
    const item = drawn.get(created?.item.id ?? "");
    expect(item).toMatchObject({ text: "summary", x: 3000, y: 0 });
    expect(item?.mark?.key).toBe("tidy-note:summary");
    expect(drawn.view).toEqual({ x: 2900, y: -100, width: 200, height: 200 });
    expect(changes.filter((change) => change.kind === "view")).toHaveLength(1);
    expect(changes.at(-1)?.kind).toBe("changed");
  });

  it("passes people's moves, edits, deletes and selections to the emulator", async () => {
    const { emulator, drawn, changes } = board();
    const told: string[][] = [];
    const port = new MiroSdkBoard(emulator.board);
    port.onSelectionChange((ids) => told.push([...ids]));
    drawn.moveItem("loose", 10, 20);
    drawn.editText("loose", "Ny text");
    drawn.removeItem("frame");
    drawn.selection = ["loose"];
    expect(drawn.all().map((item) => [item.id, item.x, item.y, item.text])).toEqual([
      ["loose", 10, 20, "Ny text"],
    ]);
    expect(drawn.selection).toEqual(["loose"]);
    expect(changes.at(-1)?.kind).toBe("selection");
    await expect.poll(() => told).toEqual([["loose"]]);
    expect(emulator.foreignChanges).toEqual([]);
  });
});
