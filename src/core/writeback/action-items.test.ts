import { describe, expect, it } from "vitest";
import type { ActionList } from "../actions/action-schema";
import type { Language } from "../lexicon/lane-words";
import { layoutTemplate } from "../template/layout-template";
import { actionItems } from "./action-items";

const EXTENT = { left: 0, right: 1800, top: 0, bottom: 900 };

/** The action list frame's title, for an empty list in the language. */
function frameTitle(language: Language): string | undefined {
  const list: ActionList = { schemaVersion: 1, language, actions: [] };
  return actionItems(list, EXTENT).find((item) => item.key.role === "actions-area")?.text;
}

/** The title of the template's action lane, as the template writes it in the language. */
function templateActionLane(language: Language): string | undefined {
  const plan = layoutTemplate({ stages: ["A", "B"], lanes: ["pain", "action"], language });
  return plan.items.find((item) => item.key.role === "lane-label" && item.key.lane === "action")
    ?.text;
}

describe("actionItems", () => {
  it("titles the action list as the template titles its action lane: one word on the board", () => {
    expect(frameTitle("da")).toBe("Tiltag");
    expect(frameTitle("sv")).toBe("Åtgärder");
    expect(frameTitle("en")).toBe("Actions");
    for (const language of ["en", "sv", "da"] as const) {
      expect(frameTitle(language)).toBe(templateActionLane(language));
    }
  });
});
