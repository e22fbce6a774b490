import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import sample from "../apps/playground/sample/flytta-bredband.json";
import { EXAMPLE_BOARD_FILE, exampleBoard } from "./example-board";
import { exampleBoardText } from "./write-example-board";

const path = fileURLToPath(new URL(`../../${EXAMPLE_BOARD_FILE}`, import.meta.url));

describe("the example board", () => {
  it("is the committed file (write it again with npx tsx src/examples/write-example-board.ts)", async () => {
    expect(await readFile(path, "utf8")).toBe(exampleBoardText());
  });

  it("is the sample's items in pages of 50, each but the last with the next one's cursor", () => {
    const pages = exampleBoard(sample);
    const ids = pages.map((page) => (page.data as { id: string }[]).map((item) => item.id));
    expect(ids.map((page) => page.length)).toEqual([50, 50, 33]);
    expect(pages.map((page) => page.cursor)).toEqual([ids[1]?.[0], ids[2]?.[0], undefined]);
    expect(ids[1]?.[0]).toBe("3458764612345680403");
    const read = readBoardFile(pages);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.items.map((item) => item.id)).toEqual(ids.flat());
  });

  it("keeps no Swedish word of the sample", () => {
    const text = JSON.stringify(exampleBoard(sample));
    for (const word of ["Kundresa", "Smärtpunkter", "lägenheten", "fakturan", "Parkering"]) {
      expect(text).not.toContain(word);
    }
    expect(text).toContain("Customer journey: Moving broadband to a new address");
  });
});
