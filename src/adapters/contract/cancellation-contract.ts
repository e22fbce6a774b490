import { describe, expect, it } from "vitest";
import { DEFAULT_BATCH_SIZE } from "../../core/board/batches";
import { CancelledError } from "../../core/board/ownership";
import { type BoardHarness, contractDraft } from "./board-harness";

/** Enough drafts for several batches of any adapter that batches like the in-memory board. */
const MANY = 8 * DEFAULT_BATCH_SIZE;

function drafts(count: number) {
  return Array.from({ length: count }, (_, n) => contractDraft(`d${n}`, { x: n * 120 }));
}

async function rejection(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => new Error("the batch was not cancelled"),
    (error: unknown) => error,
  );
}

/** The board port's contract for a cancelled batch: it stops, and what was done stays. */
export function describeCancellationContract(name: string, makeHarness: () => BoardHarness): void {
  describe(`${name} stops a cancelled batch`, () => {
    it("writes nothing when the signal was aborted before the batch", async () => {
      const { board } = makeHarness();
      const [kept] = await board.createItems([contractDraft("kept")]);
      const error = await rejection(board.createItems(drafts(3), { signal: { aborted: true } }));
      expect(error).toBeInstanceOf(CancelledError);
      expect((error as CancelledError).done).toBe(0);
      const items = await board.readItems({ kind: "board" });
      expect(items.map((item) => item.id)).toEqual([kept?.item.id]);
    });

    it("stops between batches once aborted, keeping the batches already written", async () => {
      const { board } = makeHarness();
      const signal = { aborted: false };
      const work = board.createItems(drafts(MANY), {
        signal,
        onProgress: () => {
          signal.aborted = true;
        },
      });
      const error = await rejection(work);
      expect(error).toBeInstanceOf(CancelledError);
      const { done } = error as CancelledError;
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThan(MANY);
      const items = await board.readItems({ kind: "board" });
      expect(items.map((item) => item.text)).toEqual(drafts(done).map((d) => d.text));
    });

    it("stops an update between batches, keeping the changes already made", async () => {
      const { board } = makeHarness();
      const created = await board.createItems(drafts(MANY));
      const signal = { aborted: false };
      const patches = created.map((c) => ({ id: c.item.id, text: "changed" }));
      const error = await rejection(
        board.updateItems(patches, {
          signal,
          onProgress: () => {
            signal.aborted = true;
          },
        }),
      );
      expect(error).toBeInstanceOf(CancelledError);
      const { done } = error as CancelledError;
      const texts = (await board.readItems({ kind: "board" })).map((item) => item.text);
      expect(texts.filter((text) => text === "changed")).toHaveLength(done);
      expect(texts.slice(0, done).every((text) => text === "changed")).toBe(true);
      expect(done).toBeLessThan(MANY);
    });
  });
}
