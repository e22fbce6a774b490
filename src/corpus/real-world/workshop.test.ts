import { describe, expect, it } from "vitest";
import { LANE_TITLES } from "../../core/template/template-labels";
import { generateRealBoard } from "./generate-real-board";
import { LANE_WORDINGS } from "./lane-wordings";
import { realRecipes } from "./read-real-board";
import type { RealBoard } from "./real-board";

const boards = realRecipes("workshop", [1, 2, 3, 4]).map(generateRealBoard);

/** What a board holds of the categories, as seen on the drawing. */
function featuresOf(board: RealBoard): Set<string> {
  const language = board.recipe.language;
  const notes = board.items.filter((i) => board.truth.get(i.id)?.stage !== undefined);
  const placed = notes.filter((i) => board.truth.get(i.id)?.stage !== null);
  const left = Math.min(...placed.map((i) => i.x));
  const right = Math.max(...placed.map((i) => i.x));
  const words = new Set([
    ...Object.values(LANE_TITLES[language]),
    ...Object.values(LANE_WORDINGS[language]).flat(),
  ]);
  const labels = board.items.filter((i) => i.x < left && words.has(i.text));
  const lanes = new Set(placed.map((i) => board.truth.get(i.id)?.lane));
  const features = new Set<string>();
  if (labels.length < lanes.size) features.add("unlabelled rows");
  if (board.items.some((i) => i.x > right && i.kind === "text" && words.has(i.text)))
    features.add("team legend");
  if (board.items.some((i) => i.kind === "card")) features.add("cards");
  if (board.votes.size > 0) features.add("votes");
  if ([...board.truth.values()].some((t) => t.stage === null)) features.add("parking lot");
  if (
    board.items.some(
      (i) =>
        ["pentagon", "right_arrow", "chevron"].includes(i.shape ?? "") ||
        i.platformType === "TABLE" ||
        (board.structure.has(i.id) && i.width > 1.3 * (placed[0]?.width ?? 0)),
    )
  )
    features.add("title shapes or table");
  return features;
}

describe("workshop boards", () => {
  it("each mix several of the issue's categories at once", () => {
    for (const board of boards) expect(featuresOf(board).size).toBeGreaterThanOrEqual(2);
    const seen = new Set(boards.flatMap((b) => [...featuresOf(b)]));
    expect(seen).toEqual(
      new Set([
        "unlabelled rows",
        "team legend",
        "cards",
        "votes",
        "parking lot",
        "title shapes or table",
      ]),
    );
  });

  it("put cards on Miro only, in the action row, and votes only on notes", () => {
    for (const board of boards) {
      for (const item of board.items.filter((i) => i.kind === "card")) {
        expect(board.recipe.platform).toBe("miro");
        expect(board.truth.get(item.id)?.lane).toBe("action");
      }
      for (const [id, count] of board.votes) {
        expect(board.truth.has(id)).toBe(true);
        expect(count).toBeGreaterThan(0);
      }
    }
  });

  it("vary in size, from a few dozen notes to over a hundred", () => {
    const counts = boards.map((b) => b.truth.size);
    expect(Math.min(...counts)).toBeLessThan(40);
    expect(Math.max(...counts)).toBeGreaterThan(100);
  });
});
