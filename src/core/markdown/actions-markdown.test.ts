import { describe, expect, it } from "vitest";
import type { Language } from "../lexicon/lane-words";
import { actionsMarkdown } from "./actions-markdown";

/** The checklist of an empty action list in the language. */
const empty = (language: Language) => actionsMarkdown({ schemaVersion: 1, language, actions: [] });

describe("actionsMarkdown", () => {
  it("titles the checklist as the template titles its action lane, in each language", () => {
    expect(empty("da")).toBe("# Tiltag\n\nIngen tiltag på tavlen endnu.\n");
    expect(empty("sv")).toBe("# Åtgärder\n\nInga åtgärder på tavlan än.\n");
    expect(empty("en")).toBe("# Actions\n\nNo actions on the board yet.\n");
  });
});

describe("priority names", () => {
  it("are written in the list's language, as the board writes them", () => {
    const list = (language: Language) =>
      actionsMarkdown({
        schemaVersion: 1,
        language,
        actions: (["high", "medium", "low"] as const).map((priority, i) => ({
          id: `a${i}`,
          title: `T${i}`,
          status: "planned" as const,
          stage: 0,
          stageTitle: "S",
          answers: [],
          owner: null,
          due: null,
          priority,
          votes: 1,
          noteIds: [],
        })),
      })
        .split("\n")
        .filter((line) => line.startsWith("- [ ]"));
    expect(list("en")).toEqual(["- [ ] T0 (!high)", "- [ ] T1 (!medium)", "- [ ] T2 (!low)"]);
    expect(list("sv")).toEqual(["- [ ] T0 (!hög)", "- [ ] T1 (!medel)", "- [ ] T2 (!låg)"]);
    expect(list("da")).toEqual(["- [ ] T0 (!høj)", "- [ ] T1 (!mellem)", "- [ ] T2 (!lav)"]);
  });
});
