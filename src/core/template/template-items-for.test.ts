import { describe, expect, it } from "vitest";
import type { PlanItem } from "../plan/plan-item";
import { layoutTemplate } from "./layout-template";
import { templateItemsFor } from "./template-items-for";

const PLAN = layoutTemplate({
  stages: ["Upptäcka", "Beställa", "Få hem"],
  lanes: ["step", "pain", "question"],
  language: "sv",
});

function holds(outer: PlanItem, inner: PlanItem): boolean {
  return (
    inner.x - inner.width / 2 >= outer.x - outer.width / 2 &&
    inner.x + inner.width / 2 <= outer.x + outer.width / 2 &&
    inner.y - inner.height / 2 >= outer.y - outer.height / 2 &&
    inner.y + inner.height / 2 <= outer.y + outer.height / 2
  );
}

describe("templateItemsFor", () => {
  it("gives FigJam a section per stage, named after it, in the journey section", () => {
    const items = templateItemsFor(PLAN, "figjam");
    const sections = items.filter((item) => item.key.role === "stage-section");
    expect(sections.map((s) => [s.key, s.kind, s.text, s.parent])).toEqual(
      PLAN.stages.map((stage, index) => [
        { role: "stage-section", stage: index },
        "frame",
        stage.title,
        { role: "journey-frame" },
      ]),
    );
    const frame = items.find((item) => item.key.role === "journey-frame");
    for (const section of sections) expect(frame && holds(frame, section)).toBe(true);
    expect(items).toHaveLength(PLAN.items.length + 3);
    // Containers come before what they hold, so a batch can name them.
    expect(items.slice(0, 4).map((item) => item.key.role)).toEqual([
      "journey-frame",
      "stage-section",
      "stage-section",
      "stage-section",
    ]);
  });

  it("puts each stage's header and cells in its section, and nothing else", () => {
    const items = templateItemsFor(PLAN, "figjam");
    PLAN.stages.forEach((stage, index) => {
      const section = items.find(
        (item) => item.key.role === "stage-section" && item.key.stage === index,
      );
      const inside = items.filter(
        (item) => item.parent?.role === "stage-section" && item.parent.stage === index,
      );
      expect(inside.map((item) => item.key)).toEqual([
        { role: "stage-header", stage: index },
        ...PLAN.lanes.map((lane) => ({ role: "cell", stage: index, lane: lane.kind })),
      ]);
      for (const item of inside) expect(section && holds(section, item)).toBe(true);
      expect(section).toMatchObject({ width: stage.band.end - stage.band.start });
    });
    const elsewhere = items.filter(
      (item) => item.key.role !== "journey-frame" && item.parent?.role !== "stage-section",
    );
    expect(elsewhere.every((item) => item.parent?.role === "journey-frame")).toBe(true);
    expect(elsewhere.map((item) => item.key.role)).not.toContain("cell");
  });

  it("leaves Miro's template as laid out: its frames do not nest", () => {
    expect(templateItemsFor(PLAN, "miro")).toEqual(PLAN.items);
    expect(PLAN.items.some((item) => item.key.role === "stage-section")).toBe(false);
  });
});
