import { describe, expect, it } from "vitest";
import { userSection, userSticky, yieldTask } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";

describe("people acting on the page", () => {
  it("drops a dragged sticky into the section under its centre, and out onto the page", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([userSection("s", { x: 500, y: 400 }), userSticky("a", { x: 2000 })]);
    emulator.moveNode("a", 300, 300);
    const [, inSection] = emulator.records();
    expect([inSection?.parentId, inSection?.absoluteBoundingBox.x]).toEqual(["s", 180]);
    emulator.moveNode("a", 3000, 0);
    expect(emulator.records()[1]?.parentId).toBe("0:1");
  });

  it("moves a section with what it holds", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSection("s", { x: 500, y: 400 }),
      userSticky("a", { x: 500, y: 400, parentId: "s" }),
    ]);
    emulator.moveNode("s", 1500, 400);
    expect(emulator.records().map((r) => r.absoluteBoundingBox.x)).toEqual([1000, 1380]);
  });

  it("leaves a connector on a deleted node with its end where the node was", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSticky("a", { x: 120, y: 120 }),
      userSticky("b", { x: 1000, y: 120 }),
      userSticky("c", {
        kind: "connector",
        platformType: "CONNECTOR",
        ends: { from: "a", to: "b" },
      }),
    ]);
    emulator.removeNode("b");
    const connector = emulator.records().find((r) => r.id === "c");
    expect(connector?.type === "CONNECTOR" && connector.connectorEnd).toEqual({
      position: { x: 1000, y: 120 },
    });
  });

  it("deletes a group its last node leaves", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSticky("g", { kind: "other", platformType: "GROUP" }),
      userSticky("a", { parentId: "g" }),
    ]);
    emulator.removeNode("a");
    expect(emulator.records()).toEqual([]);
  });

  it("rewrites text and tells selectionchange handlers after the task", async () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([userSticky("a")]);
    let heard = 0;
    emulator.api.on("selectionchange", () => heard++);
    emulator.editText("a", "Rewritten");
    emulator.select(["a", "gone"]);
    expect(heard).toBe(0);
    await yieldTask();
    expect(heard).toBe(1);
    expect(emulator.api.currentPage.selection.map((node) => node.id)).toEqual(["a"]);
    const [node] = emulator.nodes();
    expect(node?.type === "STICKY" && node.text.characters).toBe("Rewritten");
  });

  it("lets the emulator's own views look but not change", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([userSticky("a")]);
    const [node] = emulator.nodes();
    expect(() => {
      if (node?.type === "STICKY") node.x = 5;
    }).toThrow("for looking");
    expect(emulator.blockCount).toBe(0);
  });
});
