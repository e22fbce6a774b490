import { describe, expect, it } from "vitest";
import {
  boardFileTooLarge,
  loadBoardFile,
  loadedNotice,
  MAX_BOARD_FILE_BYTES,
} from "./load-board-file";

const EXPECTED =
  'Choose a Miro REST items file (GET /v2/boards/{id}/items: { "data": [...] }, an array of pages, or an array of items) or a Figma REST file of a FigJam board (GET /v1/files/:key). The board on screen is unchanged.';

function failure(text: string, name: string): string {
  const loaded = loadBoardFile(text, name);
  if (loaded.ok) throw new Error("read a file it should not");
  return loaded.message;
}

describe("loadBoardFile", () => {
  it("says an empty file is empty, and what file to choose", () => {
    expect(failure("", "board.json")).toBe(`“board.json” is empty. ${EXPECTED}`);
    expect(failure(" \n\t", "blank.json")).toBe(`“blank.json” is empty. ${EXPECTED}`);
  });

  it("says a broken file is not JSON, with the parser's reason", () => {
    const message = failure('{ "data": [ { "id": "1", ', "export.json");
    expect(message.startsWith("“export.json” is not JSON, so it cannot be a board file (")).toBe(
      true,
    );
    expect(message.endsWith(`). ${EXPECTED}`)).toBe(true);
    expect(message).toMatch(/JSON/);
  });

  it("says JSON that is no board is not a board file", () => {
    expect(failure('{ "name": "journey-mapper", "version": "0.1.0" }', "package.json")).toBe(
      `“package.json” is not a board file. ${EXPECTED}`,
    );
    expect(failure("[1, 2, 3]", "numbers.json")).toBe(
      `“numbers.json” is not a board file. ${EXPECTED}`,
    );
  });

  it("names the bad field of a Miro file it cannot read", () => {
    const message = failure('{ "data": [{ "id": "1", "type": 7 }] }', "items.json");
    expect(message).toContain(
      "“items.json” could not be read as a board: This Miro REST items file has an item it cannot read: data[0].type",
    );
    expect(message.endsWith(EXPECTED)).toBe(true);
  });

  it("refuses a board file with nothing on it", () => {
    expect(failure('{ "data": [] }', "empty-board.json")).toBe(
      `“empty-board.json” is a board file with nothing on it. ${EXPECTED}`,
    );
  });

  it("reads a Miro items file", () => {
    const loaded = loadBoardFile(
      JSON.stringify({
        data: [
          {
            id: "7",
            type: "sticky_note",
            data: { content: "<p>Kö</p>" },
            style: { fillColor: "red" },
            position: { x: 5, y: 6 },
          },
        ],
      }),
      "board.json",
    );
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.board.platform).toBe("miro");
    expect(loaded.board.items.map((i) => [i.id, i.text, i.fill, i.x, i.y])).toEqual([
      ["7", "Kö", "red", 5, 6],
    ]);
  });

  it("says what it loaded: one item or many, and the reader's warnings as sentences", () => {
    const sticky = (id: string) => ({
      id,
      type: "sticky_note",
      data: { content: "<p>Kö</p>" },
      position: { x: 0, y: 0 },
    });
    const one = loadBoardFile(JSON.stringify({ data: [sticky("7")] }), "one.json");
    if (!one.ok) throw new Error(one.message);
    expect(loadedNotice("one.json", one.board)).toBe("Loaded “one.json”: 1 item.");

    const twins = loadBoardFile(JSON.stringify({ data: [sticky("7"), sticky("7")] }), "t.json");
    if (!twins.ok) throw new Error(twins.message);
    expect(loadedNotice("t.json", twins.board)).toBe(
      "Loaded “t.json”: 2 items. 2 items share the id 7; all are read, the later ones as 7~2 and on.",
    );
  });

  it("refuses a file too large before reading it", () => {
    expect(boardFileTooLarge(MAX_BOARD_FILE_BYTES, "ok.json")).toBeNull();
    expect(boardFileTooLarge(80 * 1024 * 1024, "huge.json")).toBe(
      "“huge.json” is 80 MB; the playground reads board files up to 50 MB. The board on screen is unchanged.",
    );
  });
});
