import { describe, expect, it } from "vitest";
import { emotionOfText } from "./emotion-score";

describe("emotionOfText", () => {
  it.each([
    ["😡 Irriterad", -2],
    ["😊 Lättad", 1],
    ["🙂🙂", 1],
    ["Frustrerad över att ingen ringer", -2],
    ["Frustrated that nobody calls back", -2],
    ["Frustreret over at ingen ringer", -2],
    ["Osäker", -1],
    ["Usikker på prisen", -1],
    ["Relieved when the date is confirmed", 1],
    ["Glad!", 1],
    ["inte nöjd", -1],
    ["not happy with the wait", -1],
    ["Skuffet over leveringen", -2],
    ["+2 wow", 2],
    ["-1", -1],
  ])("reads %s as %d", (text, score) => {
    expect(emotionOfText(text)).toBe(score);
  });

  it("reads no feeling from a note that names none", () => {
    expect(emotionOfText("Calls support")).toBeNull();
    expect(emotionOfText("Ringer kundtjänst")).toBeNull();
  });
});
