import { describe, expect, it } from "vitest";
import { InMemoryBoard } from "../../adapters/memory/in-memory-board";
import {
  type BoardStorage,
  forgetStoredBoard,
  readStoredBoard,
  STORED_BOARD_KEY,
  storeBoard,
} from "./stored-board";

class FakeStorage implements BoardStorage {
  readonly values = new Map<string, string>();
  constructor(private readonly room = Number.POSITIVE_INFINITY) {}
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (value.length > this.room) {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

function boardWithNote(): InMemoryBoard {
  const board = new InMemoryBoard({ platform: "figjam" });
  board.addUserItems([
    {
      id: "1:2",
      kind: "sticky",
      platformType: "STICKY",
      text: "Lang ventetid",
      fill: "#FFAFA3",
      x: 100,
      y: 200,
      width: 240,
      height: 240,
      rotation: 0,
      parentId: null,
      mark: null,
    },
  ]);
  return board;
}

describe("the stored board", () => {
  it("comes back as it was kept, name and all", () => {
    const storage = new FakeStorage();
    const board = boardWithNote();
    expect(storeBoard(storage, "Kunderejse", board.snapshot())).toBeNull();
    const read = readStoredBoard(storage);
    expect(read.notice).toBeNull();
    expect(read.board?.name).toBe("Kunderejse");
    expect(read.board?.snapshot.platform).toBe("figjam");
    expect(read.board?.snapshot.items.map((i) => [i.id, i.text, i.fill, i.x, i.y])).toEqual([
      ["1:2", "Lang ventetid", "#FFAFA3", 100, 200],
    ]);
  });

  it("is nothing, without a notice, on a first visit", () => {
    expect(readStoredBoard(new FakeStorage())).toEqual({ board: null, notice: null });
  });

  it("falls back to the sample with a notice when what is kept is not JSON", () => {
    const storage = new FakeStorage();
    storage.setItem(STORED_BOARD_KEY, '{"schemaVersion":1,"name":"x","board":{');
    expect(readStoredBoard(storage)).toEqual({
      board: null,
      notice:
        "The board kept in this browser could not be read (it is not JSON). The sample board is shown instead.",
    });
  });

  it("falls back to the sample with a notice when what is kept is no board", () => {
    const storage = new FakeStorage();
    storage.setItem(
      STORED_BOARD_KEY,
      JSON.stringify({ schemaVersion: 1, name: "x", board: { items: "many" } }),
    );
    const read = readStoredBoard(storage);
    expect(read.board).toBeNull();
    expect(read.notice).toMatch(
      /^The board kept in this browser could not be read \(not a saved board \(.+\)\)\. The sample board is shown instead\.$/,
    );
    storage.setItem(STORED_BOARD_KEY, "[1, 2]");
    expect(readStoredBoard(storage).notice).toBe(
      "The board kept in this browser could not be read (it is not a board this playground keeps). The sample board is shown instead.",
    );
  });

  it("says so when storage is blocked", () => {
    const blocked: BoardStorage = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(readStoredBoard(blocked).notice).toBe(
      "This browser does not let the page read its stored board. The sample board is shown instead.",
    );
    expect(readStoredBoard(null).notice).toBe(
      "This browser does not let the page keep a board. The sample board is shown instead.",
    );
    expect(storeBoard(blocked, "b", boardWithNote().snapshot())).toBe(
      "This browser does not let the page keep the board, so changes will not survive a reload. Use “Save board” to keep a copy as a file.",
    );
    expect(() => forgetStoredBoard(blocked)).not.toThrow();
  });

  it("says a board too large for storage will not survive a reload, and keeps the last one that fitted", () => {
    const storage = new FakeStorage(300);
    const small = new InMemoryBoard({ platform: "figjam" });
    expect(storeBoard(storage, "small", small.snapshot())).toBeNull();
    expect(storeBoard(storage, "big", boardWithNote().snapshot())).toBe(
      "This board is too large for this browser's storage, so changes will not survive a reload. Use “Save board” to keep a copy as a file.",
    );
    expect(readStoredBoard(storage).board?.name).toBe("small");
  });

  it("is forgotten on request", () => {
    const storage = new FakeStorage();
    storeBoard(storage, "b", boardWithNote().snapshot());
    forgetStoredBoard(storage);
    expect(storage.values.size).toBe(0);
  });
});
