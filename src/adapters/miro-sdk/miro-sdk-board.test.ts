import { describe, expect, it } from "vitest";
import { describeBoardPortContract } from "../contract/board-port-contract";
import { MiroEmulator } from "./emulator/miro-emulator";
import type { SelectionHandler } from "./miro-api";
import { MiroSdkBoard } from "./miro-sdk-board";
import { fakeBoardApi, stickyView, testOptions } from "./miro-sdk-test-kit";

describeBoardPortContract("MiroSdkBoard on the emulator", () => {
  const emulator = new MiroEmulator({ latencyMs: 0 });
  return {
    board: new MiroSdkBoard(emulator.board, testOptions()),
    addUserItems: (items) => {
      emulator.addUserItems(items);
    },
    select: (ids) => emulator.select(ids),
  };
});

describe("MiroSdkBoard", () => {
  it("listens to Miro's selection:update until told to stop", () => {
    const handlers = new Set<SelectionHandler>();
    const { api } = fakeBoardApi([], {
      ui: {
        on: (_event, handler) => handlers.add(handler),
        off: (_event, handler) => handlers.delete(handler),
      },
    });
    const seen: string[][] = [];
    const stop = new MiroSdkBoard(api).onSelectionChange((ids) => seen.push([...ids]));
    for (const handler of handlers)
      handler({ items: [stickyView({ id: "a" }), stickyView({ id: "b" })] });
    stop();
    expect(handlers.size).toBe(0);
    expect(seen).toEqual([["a", "b"]]);
  });

  it("counts the calls it made, retries included", async () => {
    const rolls = [0];
    // The first call starts a burst of two rate-limit rejections; the third goes through.
    const emulator = new MiroEmulator({
      faults: { rateLimitBurstRate: 0.5, rateLimitBurstLength: 2 },
      random: () => rolls.shift() ?? 0.9,
    });
    const board = new MiroSdkBoard(emulator.board, testOptions());
    await board.readBoardData("legend");
    expect([board.calls, emulator.meter.calls]).toEqual([3, 3]);
    expect(board.platform).toBe("miro");
  });
});
