import { describe, expect, it } from "vitest";
import type { DrawnBoardChange } from "../../../board-view/drawn-board";
import { contractDraft } from "../../contract/board-harness";
import { FigJamPluginBoard } from "../figjam-plugin-board";
import { drawnFigJamEmulator } from "./drawn-emulator";
import { userSection, userSticky } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";

function board() {
  const emulator = new FigJamEmulator();
  emulator.addUserNodes([
    userSection("section", { text: "Behov", x: 1000, y: 1000, width: 1200, height: 900 }),
    userSticky("in-section", { x: 900, y: 950, parentId: "section", text: "Lång väntetid" }),
    userSticky("loose", { x: -300, y: 40, fill: "#FFAFA3" }),
  ]);
  const drawn = drawnFigJamEmulator(emulator);
  const changes: DrawnBoardChange[] = [];
  drawn.onChange((change) => changes.push(change));
  return { emulator, drawn, changes };
}

describe("drawnFigJamEmulator", () => {
  it("reads the emulated file as the adapter reads it: page centres, text, fills", () => {
    const { drawn } = board();
    expect(drawn.all().map((item) => [item.id, item.kind, item.x, item.y, item.parentId])).toEqual([
      ["section", "frame", 1000, 1000, null],
      ["in-section", "sticky", 900, 950, "section"],
      ["loose", "sticky", -300, 40, null],
    ]);
    expect(drawn.get("in-section")).toMatchObject({ text: "Lång väntetid", mark: null });
    expect(drawn.get("loose")?.fill?.toUpperCase()).toBe("#FFAFA3");
  });

  it("shows what the plugin writes through the real adapter, marked, and the view it scrolls to", async () => {
    const { emulator, drawn, changes } = board();
    const port = new FigJamPluginBoard(emulator.api);
    const [created] = await port.createItems([contractDraft("summary", { x: 3000, y: 0 })]);
    await port.bringIntoView({ ids: [created?.item.id ?? ""] });
    const item = drawn.get(created?.item.id ?? "");
    expect(item).toMatchObject({ text: "summary", x: 3000, y: 0 });
    expect(item?.mark?.key).toBe("tidy-note:summary");
    expect(drawn.view).not.toBeNull();
    expect(changes.some((change) => change.kind === "view")).toBe(true);
  });

  it("passes people's moves, edits, deletes and selections to the emulator", async () => {
    const { emulator, drawn, changes } = board();
    const told: string[][] = [];
    const port = new FigJamPluginBoard(emulator.api);
    port.onSelectionChange((ids) => told.push([...ids]));
    drawn.moveItem("loose", 10, 20);
    drawn.editText("loose", "Ny text");
    drawn.removeItem("section");
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
