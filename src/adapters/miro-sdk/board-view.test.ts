import { describe, expect, it } from "vitest";
import { contractDraft } from "../contract/board-harness";
import { bringIntoView, findEmptySpace } from "./board-view";
import { createItems } from "./create-items";
import { MiroEmulator } from "./emulator/miro-emulator";
import { fakeBoardApi, testSession } from "./miro-sdk-test-kit";

describe("the board's view and its empty space", () => {
  it("asks Miro for space by centre and answers by top-left", async () => {
    const asked: unknown[] = [];
    const { api } = fakeBoardApi([], {
      findEmptySpace: async (want) => {
        asked.push(want);
        return { x: 1000, y: 500, width: want.width, height: want.height };
      },
    });
    const found = await findEmptySpace(testSession(api), { x: 0, y: 0, width: 400, height: 200 });
    expect(asked).toEqual([{ x: 200, y: 100, width: 400, height: 200 }]);
    expect(found).toEqual({ x: 800, y: 400, width: 400, height: 200 });
  });

  it("zooms to the items still on the board, or sets the viewport to a region", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    const [a] = await createItems(session, [contractDraft("a", { x: 50, y: 50 })]);
    await bringIntoView(session, { ids: [a?.item.id ?? "", "gone"] });
    expect(emulator.lastView).toEqual({ x: 0, y: 0, width: 100, height: 100 });
    await bringIntoView(session, { rect: { x: -10, y: -20, width: 300, height: 200 } });
    expect(emulator.lastView).toEqual({ x: -10, y: -20, width: 300, height: 200 });
    const before = emulator.meter.calls;
    await bringIntoView(session, { ids: ["gone"] });
    expect(emulator.meter.calls - before).toBe(1);
  });
});
