import { describe, expect, it } from "vitest";
import type { ItemDraft } from "../board/board-port";
import type { Legend } from "../legend/legend";
import { layoutTemplate } from "../template/layout-template";
import type { PlanItem } from "./plan-item";
import { type DraftOptions, planToDrafts } from "./plan-to-drafts";

const plan = layoutTemplate({ stages: ["Need", "Buy"], preset: "pains-and-gains" }, "t-test");

function template(options: Partial<DraftOptions> & Pick<DraftOptions, "platform">) {
  return planToDrafts(plan.items, { part: "template", groupId: plan.templateId, ...options });
}

function draft(drafts: ItemDraft[], ref: string) {
  return drafts.find((d) => d.ref === ref);
}

describe("planToDrafts", () => {
  it("colours lanes and swatches through the default legend for Miro", () => {
    const drafts = template({ platform: "miro" });
    expect(draft(drafts, "lane-label:pain")?.fill).toBe("miro:red");
    expect(draft(drafts, "legend-swatch:step")?.fill).toBe("miro:yellow");
    expect(draft(drafts, "legend-swatch:question")?.fill).toBe("miro:gray");
    expect(draft(drafts, "stage-header:0")?.fill).toBe("miro:dark_blue");
    expect(draft(drafts, "cell:0:pain")?.fill).toBeNull();
    expect(draft(drafts, "header-card")?.fill).toBe("#FFFFFF");
  });

  it("colours the same plan with FigJam's colours", () => {
    const drafts = template({ platform: "figjam" });
    expect(draft(drafts, "lane-label:pain")?.fill).toBe("figjam:red");
    expect(draft(drafts, "legend-swatch:opportunity")?.fill).toBe("figjam:orange");
    expect(draft(drafts, "stage-header:1")?.fill).toBe("#9EA9FF");
  });

  it("follows a legend given in place of the default", () => {
    const legend: Legend = {
      schemaVersion: 1,
      entries: [
        { colour: "miro:violet", meaning: "pain" },
        { colour: "miro:black", meaning: "stage-header" },
      ],
    };
    const drafts = template({ platform: "miro", legend });
    expect(draft(drafts, "lane-label:pain")?.fill).toBe("miro:violet");
    expect(draft(drafts, "stage-header:0")?.fill).toBe("miro:black");
    expect(draft(drafts, "lane-label:gain")?.fill).toBe("#FFFFFF");
  });

  it("puts everything inside the frame, moved to the origin, with the app's newest mark", () => {
    const drafts = template({ platform: "miro", origin: { x: 1000, y: -500 } });
    expect(drafts[0]).toMatchObject({ ref: "journey-frame", kind: "frame", parent: null });
    expect(drafts[0]?.x).toBe(1000 + plan.width / 2);
    expect(drafts[0]?.y).toBe(-500 + plan.height / 2);
    expect(drafts.slice(1).every((d) => d.parent !== null && "ref" in d.parent)).toBe(true);
    expect(draft(drafts, "stage-header:1")?.mark).toEqual({
      schemaVersion: 2,
      part: "template",
      role: "stage-header",
      key: "stage-header:1",
      groupId: "t-test",
    });
    expect(new Set(drafts.map((d) => d.ref)).size).toBe(drafts.length);
  });

  it("colours actions by status through the legend, on a card whatever the platform", () => {
    const card = (status: "planned" | "idea" | "suggested"): PlanItem => ({
      key: { role: "action", actionId: `act-${status}` },
      kind: "card",
      text: status,
      x: 0,
      y: 0,
      width: 640,
      height: 200,
      colour: { kind: "action", status },
      parent: { role: "actions-area" },
      due: "2026-03-01",
      status: "to-do",
    });
    const items = [card("planned"), card("idea"), card("suggested")];
    const options = { part: "actions", groupId: "wb" } as const;
    const miro = planToDrafts(items, { ...options, platform: "miro" });
    const figjam = planToDrafts(items, { ...options, platform: "figjam" });
    expect(miro.map((d) => d.fill)).toEqual(["miro:cyan", "miro:orange", "miro:gray"]);
    expect(figjam.map((d) => d.fill)).toEqual(["figjam:teal", "figjam:orange", "figjam:gray"]);
    expect(figjam.map((d) => d.kind)).toEqual(["card", "card", "card"]);
    expect(miro[0]).toMatchObject({
      parent: { ref: "actions-area" },
      due: "2026-03-01",
      status: "to-do",
      mark: { part: "actions", role: "action", key: "action:act-planned", groupId: "wb" },
    });
  });

  it("refuses to mark an item with a part that does not hold its role", () => {
    expect(() =>
      planToDrafts(plan.items, { part: "actions", groupId: "wb", platform: "miro" }),
    ).toThrow();
  });
});
