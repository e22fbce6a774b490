import { describe, expect, it } from "vitest";
import { parseOutside } from "../model/parse-outside";
import { DEFAULT_LEGEND } from "./default-legend";
import { colourFor, LegendSchema, meaningOf } from "./legend";

describe("the default legend", () => {
  it("is a valid legend", () => {
    expect(LegendSchema.safeParse(DEFAULT_LEGEND).success).toBe(true);
  });

  it.each([
    ["miro:dark_blue", "stage-header"],
    ["miro:light_yellow", "step"],
    ["miro:light_blue", "touchpoint"],
    ["miro:violet", "thought"],
    ["miro:light_pink", "emotion"],
    ["miro:red", "pain"],
    ["miro:light_green", "gain"],
    ["miro:orange", "opportunity"],
    ["miro:cyan", "action"],
    ["miro:dark_green", "kpi"],
    ["miro:gray", "question"],
    ["miro:black", "none"],
    ["figjam:yellow", "step"],
    ["figjam:teal", "action"],
    ["figjam:white", "kpi"],
    ["figjam:gray", "question"],
  ] as const)("reads %s as %s", (colour, meaning) => {
    expect(meaningOf(DEFAULT_LEGEND, colour)).toBe(meaning);
  });

  it("picks one colour per meaning and platform for drawing", () => {
    expect(colourFor(DEFAULT_LEGEND, "step", "miro")).toBe("miro:yellow");
    expect(colourFor(DEFAULT_LEGEND, "step", "figjam")).toBe("figjam:yellow");
    expect(colourFor(DEFAULT_LEGEND, "stage-header", "figjam")).toBeUndefined();
  });
});

describe("LegendSchema", () => {
  it("rejects a colour given two meanings, naming the entry", () => {
    const parsed = parseOutside(
      LegendSchema,
      {
        schemaVersion: 1,
        entries: [
          { colour: "miro:red", meaning: "pain" },
          { colour: "miro:red", meaning: "gain" },
        ],
      },
      "legend.json",
    );
    expect(parsed).toEqual({
      ok: false,
      error:
        'legend.json is not valid:\nentries[1].colour: "miro:red" is given twice; a colour can have one meaning only',
    });
  });

  it("rejects an unknown colour name", () => {
    const parsed = parseOutside(
      LegendSchema,
      { schemaVersion: 1, entries: [{ colour: "miro:purple", meaning: "pain" }] },
      "legend.json",
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain("entries[0].colour");
  });
});
