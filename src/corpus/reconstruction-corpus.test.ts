import { describe, expect, it } from "vitest";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { JourneySchema } from "../core/model/journey";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { BOARD_KINDS } from "./corpus-board";
import { generateBoard } from "./generate-board";
import { MESS_LEVELS, type MessLevel } from "./mess";
import { accuracy, scoreBaseline, scoreJourney } from "./score";

/** The targets: 99% at moderate mess, 97% at the heaviest. */
const TARGET: Record<MessLevel, number> = { clean: 0.99, moderate: 0.99, heavy: 0.97 };
const SEEDS = [101, 202, 303];

describe.each(BOARD_KINDS)("reconstructing %s boards", (kind) => {
  describe.each(["miro", "figjam"] as const)("on %s", (platform) => {
    it.each(MESS_LEVELS)(
      "meets the accuracy target at %s mess, above the baseline",
      async (mess) => {
        let notes = 0;
        let correct = 0;
        let baseline = 0;
        for (const seed of SEEDS) {
          const board = await generateBoard({ kind, mess, platform, seed });
          // Through the file, as a user's export arrives.
          const read = readBoardFile(JSON.parse(JSON.stringify(board.file)));
          if (!read.ok) throw new Error(read.error);
          const { journey } = reconstructJourney(read.value.items, { platform });
          expect(JourneySchema.safeParse(journey).success).toBe(true);
          const score = scoreJourney(board, journey);
          expect(score.missing).toBe(0);
          expect(score.structureMisread).toBe(0);
          const listed = [...journey.placements, ...journey.unplaced].map((p) => p.noteId);
          expect(new Set(listed).size).toBe(listed.length);
          notes += score.notes;
          correct += score.correct;
          baseline += scoreBaseline(board, read.value.items, platform).correct;
        }
        expect(notes).toBeGreaterThan(50);
        expect(correct / notes).toBeGreaterThanOrEqual(TARGET[mess]);
        expect(correct).toBeGreaterThanOrEqual(baseline);
      },
    );
  });
});

describe("the corpus", () => {
  it("is the same board for the same recipe, and another for another seed", async () => {
    const recipe = { kind: "header-row", mess: "heavy", platform: "figjam", seed: 7 } as const;
    const a = await generateBoard(recipe);
    const b = await generateBoard(recipe);
    const c = await generateBoard({ ...recipe, seed: 8 });
    expect(JSON.stringify(a.file)).toBe(JSON.stringify(b.file));
    expect(JSON.stringify(a.file)).not.toBe(JSON.stringify(c.file));
    expect(
      accuracy(scoreJourney(a, reconstructJourney(a.items, { platform: "figjam" }).journey)),
    ).toBeGreaterThan(0.9);
  });

  it("holds parked notes, wrong colours and custom fills at heavy mess", async () => {
    const board = await generateBoard({
      kind: "header-row",
      mess: "heavy",
      platform: "figjam",
      seed: 3,
    });
    const truths = [...board.truth.values()];
    expect(truths.filter((t) => t.stage === null).length).toBe(6);
    const fills = board.items.filter((i) => i.kind === "sticky").map((i) => i.fill);
    expect(new Set(fills).size).toBeGreaterThan(15);
  });
});
