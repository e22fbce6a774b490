import { describe, expect, it } from "vitest";
import { keyText } from "../board/app-items/item-key";
import { recogniseLane } from "../lexicon/recognise-lane";
import { LANE_KINDS } from "../model/lane-kind";
import type { PlanItem } from "../plan/plan-item";
import { layoutTemplate } from "./layout-template";
import { LANE_TITLES } from "./template-labels";

const SWEDISH = {
  title: "Köpa bil",
  goal: "Färre avhopp vid finansiering",
  scopeStart: "behovet uppstår",
  scopeEnd: "första service",
  persona: "Lisa, 42, villa utanför Östersund",
  participants: ["Sälj", "Kundtjänst", "Verkstad"],
  stages: ["Behov", "Köp", "Leverans"],
  language: "sv" as const,
};

function byRole(items: PlanItem[], role: PlanItem["key"]["role"]): PlanItem[] {
  return items.filter((item) => item.key.role === role);
}

function overlaps(a: PlanItem, b: PlanItem): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width - 0.001 &&
    Math.abs(a.y - b.y) * 2 < a.height + b.height - 0.001
  );
}

describe("layoutTemplate", () => {
  const plan = layoutTemplate(SWEDISH);

  it("lays out every lane of the workshop preset under the stages, in order", () => {
    expect(plan.stages.map((s) => s.title)).toEqual(["Behov", "Köp", "Leverans"]);
    expect(plan.lanes.map((l) => l.kind)).toEqual([
      "step",
      "touchpoint",
      "thought",
      "emotion",
      "pain",
      "gain",
      "opportunity",
      "action",
      "kpi",
    ]);
    expect(plan.stages.map((s) => s.band)).toEqual([
      { start: 380, end: 940 },
      { start: 940, end: 1500 },
      { start: 1500, end: 2060 },
    ]);
    expect(plan.lanes[0]?.band).toEqual({ start: 660, end: 1200 });
    expect(plan.lanes[8]?.band).toEqual({ start: 4980, end: 5520 });
  });

  it("writes the header, stage headers and lane labels in the chosen language", () => {
    expect(byRole(plan.items, "title")[0]?.text).toBe("Köpa bil");
    expect(byRole(plan.items, "header-card")[0]?.text).toBe(
      [
        "Mål: Färre avhopp vid finansiering",
        "Avgränsning: från behovet uppstår till första service",
        "Persona: Lisa, 42, villa utanför Östersund",
        "Deltagare: Sälj, Kundtjänst, Verkstad",
      ].join("\n"),
    );
    expect(byRole(plan.items, "stage-header").map((i) => i.text)).toEqual([
      "Behov",
      "Köp",
      "Leverans",
    ]);
    expect(byRole(plan.items, "lane-label").map((i) => i.text)).toEqual([
      "Kundsteg",
      "Kontaktpunkter",
      "Tankar & behov",
      "Känslor",
      "Smärtpunkter",
      "Glädjeämnen",
      "Möjligheter",
      "Åtgärder",
      "KPI:er",
    ]);
    expect(byRole(plan.items, "legend-title")[0]?.text).toBe("Förklaring");
    expect(byRole(plan.items, "parking-lot")[0]?.text.split("\n")[0]).toBe("Parkering");
  });

  it("has one cell per stage and lane, inside its stage band and lane band", () => {
    const cells = byRole(plan.items, "cell");
    expect(cells).toHaveLength(27);
    for (const cell of cells) {
      const key = cell.key;
      if (key.role !== "cell") throw new Error("not a cell");
      const stage = plan.stages[key.stage];
      const lane = plan.lanes.find((l) => l.kind === key.lane);
      expect(cell.x - cell.width / 2).toBe(stage?.band.start);
      expect(cell.x + cell.width / 2).toBe(stage?.band.end);
      expect(cell.y - cell.height / 2).toBe(lane?.band.start);
      expect(cell.y + cell.height / 2).toBe(lane?.band.end);
    }
  });

  it("sizes a cell for two by two default stickies of Miro and of FigJam", () => {
    const cell = byRole(plan.items, "cell")[0] as PlanItem;
    for (const sticky of [
      { width: 199, height: 228 },
      { width: 240, height: 240 },
    ]) {
      expect(2 * sticky.width + 3 * 20).toBeLessThanOrEqual(cell.width);
      expect(2 * sticky.height + 3 * 12).toBeLessThanOrEqual(cell.height);
    }
  });

  it("keeps every item inside the frame and no two items on top of each other", () => {
    const [frame, ...rest] = plan.items;
    expect(frame?.key.role).toBe("journey-frame");
    expect(rest.every((item) => item.parent?.role === "journey-frame")).toBe(true);
    expect(frame).toMatchObject({ x: plan.width / 2, y: plan.height / 2 });
    for (const item of rest) {
      expect(item.x - item.width / 2).toBeGreaterThanOrEqual(0);
      expect(item.y - item.height / 2).toBeGreaterThanOrEqual(0);
      expect(item.x + item.width / 2).toBeLessThanOrEqual(plan.width);
      expect(item.y + item.height / 2).toBeLessThanOrEqual(plan.height);
    }
    const clashes = rest.flatMap((a, i) =>
      rest
        .slice(i + 1)
        .flatMap((b) => (overlaps(a, b) ? [`${keyText(a.key)} ~ ${keyText(b.key)}`] : [])),
    );
    expect(clashes).toEqual([]);
  });

  it("gives the legend a swatch for the stage header, every lane and the parking lot", () => {
    expect(byRole(plan.items, "legend-swatch").map((i) => keyText(i.key))).toEqual([
      "legend-swatch:stage-header",
      "legend-swatch:step",
      "legend-swatch:touchpoint",
      "legend-swatch:thought",
      "legend-swatch:emotion",
      "legend-swatch:pain",
      "legend-swatch:gain",
      "legend-swatch:opportunity",
      "legend-swatch:action",
      "legend-swatch:kpi",
      "legend-swatch:question",
    ]);
    expect(byRole(plan.items, "legend-swatch").every((i) => i.kind === "sticky")).toBe(true);
  });

  it("gives a question lane one swatch, not two", () => {
    const withQuestions = layoutTemplate({ stages: ["A"], lanes: ["step", "question"] });
    const swatches = byRole(withQuestions.items, "legend-swatch").map((i) => keyText(i.key));
    expect(swatches).toEqual([
      "legend-swatch:stage-header",
      "legend-swatch:step",
      "legend-swatch:question",
    ]);
  });

  it("lays out the pains-and-gains preset with its four lanes", () => {
    const small = layoutTemplate({ stages: ["Discover", "Buy"], preset: "pains-and-gains" });
    expect(small.lanes.map((l) => [l.kind, l.title])).toEqual([
      ["step", "Customer steps"],
      ["pain", "Pain points"],
      ["gain", "Gains"],
      ["opportunity", "Opportunities"],
    ]);
    expect(byRole(small.items, "title")[0]?.text).toBe("Customer journey");
    expect(byRole(small.items, "cell")).toHaveLength(8);
  });

  it("takes explicit lanes over the preset's", () => {
    const custom = layoutTemplate({ stages: ["A"], lanes: ["emotion", "pain"], language: "da" });
    expect(custom.lanes.map((l) => l.title)).toEqual(["Følelser", "Smertepunkter"]);
  });

  it("derives a stable template id from the spec", () => {
    expect(layoutTemplate(SWEDISH).templateId).toBe(plan.templateId);
    expect(layoutTemplate({ ...SWEDISH, stages: ["Behov"] }).templateId).not.toBe(plan.templateId);
    expect(layoutTemplate(SWEDISH, "t-given").templateId).toBe("t-given");
  });

  it("rejects a spec without stages or with a lane twice", () => {
    expect(() => layoutTemplate({ stages: [] })).toThrow(/at least one stage/);
    expect(() => layoutTemplate({ stages: ["A"], lanes: ["pain", "pain"] })).toThrow(/once only/);
  });
});

describe("lane titles", () => {
  it.each(["en", "sv", "da"] as const)("read back as their own kind in %s", (language) => {
    for (const kind of LANE_KINDS) {
      expect(recogniseLane(LANE_TITLES[language][kind])).toMatchObject({ kind, confidence: 1 });
    }
  });
});
