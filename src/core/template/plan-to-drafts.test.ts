import { describe, expect, it } from "vitest";
import type { Legend } from "../legend/legend";
import { layoutTemplate } from "./layout-template";
import { planToDrafts } from "./plan-to-drafts";

const plan = layoutTemplate({ stages: ["Need", "Buy"], preset: "pains-and-gains" }, "t-test");

function draft(drafts: ReturnType<typeof planToDrafts>, ref: string) {
  return drafts.find((d) => d.ref === ref);
}

describe("planToDrafts", () => {
  it("colours lanes and swatches through the default legend for Miro", () => {
    const drafts = planToDrafts(plan, { platform: "miro" });
    expect(draft(drafts, "lane-label:pain")?.fill).toBe("miro:red");
    expect(draft(drafts, "legend-swatch:step")?.fill).toBe("miro:yellow");
    expect(draft(drafts, "legend-swatch:question")?.fill).toBe("miro:gray");
    expect(draft(drafts, "stage-header:0")?.fill).toBe("miro:dark_blue");
    expect(draft(drafts, "cell:0:pain")?.fill).toBeNull();
    expect(draft(drafts, "header-card")?.fill).toBe("#FFFFFF");
  });

  it("colours the same plan with FigJam's colours", () => {
    const drafts = planToDrafts(plan, { platform: "figjam" });
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
    const drafts = planToDrafts(plan, { platform: "miro", legend });
    expect(draft(drafts, "lane-label:pain")?.fill).toBe("miro:violet");
    expect(draft(drafts, "stage-header:0")?.fill).toBe("miro:black");
    expect(draft(drafts, "lane-label:gain")?.fill).toBe("#FFFFFF");
  });

  it("puts everything inside the frame, moved to the origin, with the app's mark", () => {
    const drafts = planToDrafts(plan, { platform: "miro", origin: { x: 1000, y: -500 } });
    expect(drafts[0]).toMatchObject({ ref: "journey-frame", kind: "frame", parent: null });
    expect(drafts[0]?.x).toBe(1000 + plan.width / 2);
    expect(drafts[0]?.y).toBe(-500 + plan.height / 2);
    expect(drafts.slice(1).every((d) => "ref" in (d.parent ?? {}))).toBe(true);
    expect(draft(drafts, "stage-header:1")?.mark).toEqual({
      schemaVersion: 1,
      role: "stage-header",
      key: "stage-header:1",
      templateId: "t-test",
    });
    expect(new Set(drafts.map((d) => d.ref)).size).toBe(drafts.length);
  });
});
