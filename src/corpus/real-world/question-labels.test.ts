import { describe, expect, it } from "vitest";
import type { Language } from "../../core/lexicon/lane-words";
import { LANE_TITLES } from "../../core/template/template-labels";
import { generateRealBoard } from "./generate-real-board";
import { LANE_WORDINGS, TRAP_WORDINGS } from "./lane-wordings";
import { realRecipes } from "./read-real-board";

const boards = realRecipes("question-labels", [1, 2, 3, 4, 5, 6]).map(generateRealBoard);

/** A label as the corpus wrote it, before the team's capitals, numbers and colons. */
function plain(text: string, language: Language): string {
  return text
    .replace(/^\d+\. /u, "")
    .replace(/:$/u, "")
    .toLocaleLowerCase(language);
}

/** The label texts a board holds, plain: every item whose words are one of the wordings. */
function labelsOn(board: (typeof boards)[number]): string[] {
  const language = board.recipe.language;
  const wordings = new Set(
    [
      ...Object.values(LANE_WORDINGS[language]).flat(),
      ...TRAP_WORDINGS[language].map(([text]) => text),
    ].map((text) => plain(text, language)),
  );
  return board.items.map((item) => plain(item.text, language)).filter((text) => wordings.has(text));
}

describe("question-labels boards", () => {
  it("label every row with a team's wording, rarely the template's own title", () => {
    for (const board of boards) {
      const placed = [...board.truth.values()].filter((t) => t.stage !== null);
      const labels = labelsOn(board);
      expect(labels.length).toBeGreaterThanOrEqual(new Set(placed.map((t) => t.lane)).size);
      const language = board.recipe.language;
      const titles = new Set(Object.values(LANE_TITLES[language]).map((t) => plain(t, language)));
      expect(labels.filter((label) => titles.has(label)).length).toBeLessThanOrEqual(1);
    }
  });

  it.each(["en", "sv", "da"] as const)("hold both kinds of trap in %s", (language: Language) => {
    const written = new Set(
      boards.filter((b) => b.recipe.language === language).flatMap((b) => labelsOn(b)),
    );
    const traps = TRAP_WORDINGS[language].filter(([text]) => written.has(plain(text, language)));
    expect(new Set(traps.map(([, kind]) => kind))).toEqual(new Set(["action", "step"]));
  });

  it("vary by seed: sticky sizes, stage and row counts, row orders", () => {
    const miro = boards.filter((b) => b.recipe.platform === "miro");
    const widths = new Set(miro.map((b) => b.items.find((i) => b.truth.has(i.id))?.width));
    expect(widths.size).toBeGreaterThanOrEqual(3);
    const stageCounts = new Set(
      boards.map((b) => new Set([...b.truth.values()].map((t) => t.stage)).size),
    );
    expect(stageCounts.size).toBeGreaterThanOrEqual(3);
    const rowOrders = new Set(
      boards.map((b) =>
        [...new Set([...b.truth.values()].filter((t) => t.stage === 0).map((t) => t.lane))].join(),
      ),
    );
    expect(rowOrders.size).toBeGreaterThanOrEqual(boards.length / 2);
  });

  it("park open questions outside every stage, in the question colour", () => {
    const parked = boards.flatMap((b) =>
      [...b.truth.entries()].filter(([, t]) => t.stage === null).map(([id]) => ({ b, id })),
    );
    expect(parked.length).toBeGreaterThan(5);
    for (const { b, id } of parked) expect(b.truth.get(id)?.lane).toBe("question");
  });
});
