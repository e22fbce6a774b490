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
