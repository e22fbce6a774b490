import { describe, expect, it } from "vitest";
import { readActionText, votesIn } from "./action-text";

describe("readActionText", () => {
  it.each([
    [
      "Inför återuppringning @maria !hög due:2027-02-01",
      { title: "Inför återuppringning", owner: "maria", due: "2027-02-01", priority: "high" },
    ],
    [
      "Add delivery cost to product pages @jonas due:2027-03-15",
      {
        title: "Add delivery cost to product pages",
        owner: "jonas",
        due: "2027-03-15",
        priority: null,
      },
    ],
    [
      "Ring tilbage !høj @Søren 2027-01-10",
      { title: "Ring tilbage", owner: "Søren", due: "2027-01-10", priority: "high" },
    ],
    [
      "Förenkla formuläret !medel",
      { title: "Förenkla formuläret", owner: null, due: null, priority: "medium" },
    ],
    [
      "Shorten the form !low",
      { title: "Shorten the form", owner: null, due: null, priority: "low" },
    ],
    [
      "Fix it due:2027-02-30 mail@example.com",
      { title: "Fix it due:2027-02-30 mail@example.com", owner: null, due: null, priority: null },
    ],
    ["Plain action", { title: "Plain action", owner: null, due: null, priority: null }],
  ])("reads %s", (text, marks) => {
    expect(readActionText(text)).toEqual(marks);
  });
});

describe("votesIn", () => {
  it.each([
    ["+1", 1],
    [" +2 ", 2],
    ["👍", 1],
    ["👍👍🏽", 2],
    ["+1 good idea", 0],
    ["Plain", 0],
  ])("reads %s as %d votes", (text, votes) => {
    expect(votesIn(text)).toBe(votes);
  });
});
