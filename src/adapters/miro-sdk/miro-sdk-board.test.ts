import { describe, expect, it } from "vitest";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { describeBoardPortContract } from "../contract/board-port-contract";
import { MiroEmulator } from "./emulator/miro-emulator";
import type { MiroBoardApi, MiroStickyNote, SelectionHandler } from "./miro-api";
import { MiroSdkBoard } from "./miro-sdk-board";
import {
  fakeBoardApi,
  rateLimitError,
  stickyView,
  testOptions,
  virtualClock,
} from "./miro-sdk-test-kit";

const INTERNAL = "Internal error, please try again";
const failing = async (): Promise<never> => {
  throw new Error(`${INTERNAL}\n    at call (sdk.js:1:1)`);
};

/** A note whose metadata Miro will not give: `error` every time. */
const unreadable = (id: string, error: () => Error): MiroStickyNote => ({
  ...stickyView({ id }),
  getMetadata: (async () => {
    throw error();
  }) as MiroStickyNote["getMetadata"],
});

/** What the port call rejects with, or "answered". */
const outcomeOf = (call: Promise<unknown>) =>
  call.then(
    () => "answered",
    (e: unknown) => e,
  );

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

describe("MiroSdkBoard when Miro does not answer", () => {
  it("says the board is unavailable, with Miro's first line, when a call outside a write gives up", async () => {
    const framed = stickyView({ id: "n", parentId: "f" });
    const { api } = fakeBoardApi([framed], {
      // The selected note's frame is looked up by id: that is the call Miro keeps failing.
      getSelection: async () => [framed],
      getById: failing,
      findEmptySpace: failing,
      getAppData: failing,
      setAppData: failing,
      viewport: { set: failing, zoomTo: failing },
    });
    const down: MiroBoardApi = { ...api, get: failing };
    const board = new MiroSdkBoard(api, testOptions({ retries: 1 }));
    const rect = { x: 0, y: 0, width: 10, height: 10 };
    const outcomes = await Promise.all([
      outcomeOf(new MiroSdkBoard(down, testOptions({ retries: 1 })).readItems({ kind: "board" })),
      outcomeOf(board.readItems({ kind: "selection" })),
      outcomeOf(board.findEmptySpace(rect)),
      outcomeOf(board.readBoardData("legend")),
      outcomeOf(board.writeBoardData("legend", { a: 1 })),
      outcomeOf(board.bringIntoView({ rect })),
      outcomeOf(board.bringIntoView({ ids: ["elsewhere"] })),
    ]);
    for (const outcome of outcomes) {
      expect(outcome).toBeInstanceOf(BoardUnavailableError);
      expect((outcome as BoardUnavailableError).reason).toBe(INTERNAL);
    }
  });

  it("gives up on a mark Miro keeps refusing for its rate limit, after the give-up time", async () => {
    const clock = virtualClock();
    const { api } = fakeBoardApi([unreadable("n", rateLimitError)]);
    const board = new MiroSdkBoard(api, { ...testOptions(), ...clock, giveUpAfterMs: 60_000 });
    const outcome = await outcomeOf(board.readItems({ kind: "board" }));
    expect(outcome).toBeInstanceOf(BoardUnavailableError);
    expect((outcome as BoardUnavailableError).reason).toBe(
      "API rate limit exceeded: try again later",
    );
    expect(clock.time).toBeGreaterThanOrEqual(60_000);
    expect(clock.time).toBeLessThan(90_000);
  });

  it("reads past an item deleted meanwhile, which is no sign of a board down", async () => {
    const gone = () => new Error("Item n not found on the board");
    const kept = stickyView({ id: "k" });
    const { api, calls } = fakeBoardApi([unreadable("n", gone), kept], {
      viewport: { set: failing, zoomTo: failing },
    });
    const board = new MiroSdkBoard(api, testOptions());
    const items = await board.readItems({ kind: "board" });
    expect(items.map((item) => item.id)).toEqual(["k"]);
    expect(await outcomeOf(board.bringIntoView({ ids: ["nowhere"] }))).toBe("answered");
    expect(calls.filter((call) => call === "getById")).toEqual(["getById"]);
  });
});
