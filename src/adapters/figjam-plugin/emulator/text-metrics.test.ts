import { describe, expect, it } from "vitest";
import type { TextNodeRecord } from "./figjam-record";
import { fitText } from "./text-metrics";

function text(characters: string, textAutoResize: TextNodeRecord["textAutoResize"], width = 0) {
  const record: TextNodeRecord = {
    type: "TEXT",
    id: "t",
    name: "",
    parentId: "0:1",
    shared: {},
    origin: "app",
    x: 0,
    y: 0,
    width,
    height: 10,
    text: { characters, fontName: { family: "Inter", style: "Regular" } },
    fontSize: 20,
    fills: [],
    textAutoResize,
  };
  fitText(record);
  return [record.width, record.height];
}

describe("fitText", () => {
  it("fits both sides to the text with WIDTH_AND_HEIGHT", () => {
    expect(text("abcd\nab", "WIDTH_AND_HEIGHT")).toEqual([44, 48]);
  });

  it("keeps the width and wraps with HEIGHT", () => {
    expect(text("abcdefghij", "HEIGHT", 55)).toEqual([55, 48]);
  });

  it("keeps the box with NONE", () => {
    expect(text("abcdefghij", "NONE", 55)).toEqual([55, 10]);
  });
});
