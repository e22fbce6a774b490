import { describe, expect, it } from "vitest";
import type { ItemDraft } from "../../core/board/board-port";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { contractDraft } from "../contract/board-harness";
import { createItems } from "./create-items";
import type { MiroStickyNote } from "./miro-api";
import {
  fakeBoardApi,
  itemCalls,
  rateLimitError,
  stickyView,
  testSession,
  virtualClock,
} from "./miro-sdk-test-kit";

const INTERNAL = "Internal error, please try again";

/** What the fake board does with a note, by the note's text. */
type Behaviour = "fails" | "limited" | "unmarkable" | "ok";

/**
 * A board whose sticky notes behave by the first word of their text, the whole text their id:
 * `fails` is never made (a plain error), `limited` is refused for the rate limit for ever,
 * `unmarkable` is made but its mark is refused for the rate limit for ever. The ids in `stuck`
 * refuse their removal with `stuckWith`.
 */
function board(stuck: readonly string[] = [], stuckWith: () => Error = rateLimitError) {
  const creates: string[] = [];
  const removes: string[] = [];
  const removed: string[] = [];
  let inFlight = 0;
  let peak = 0;
  const { api } = fakeBoardApi([], {
    createStickyNote: async (props) => {
      const id = (props.content ?? "").replace(/<[^>]+>/g, "");
      const behaviour = id.split(" ")[0] as Behaviour;
      creates.push(id);
      if (behaviour === "fails") throw new Error(INTERNAL);
      if (behaviour === "limited") throw rateLimitError();
      const view: MiroStickyNote = stickyView({ id, ...itemCalls() });
      if (behaviour === "unmarkable") {
        view.setMetadata = async () => {
          throw rateLimitError();
        };
      }
      return view;
    },
    remove: async ({ id }) => {
      removes.push(id);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 0));
      inFlight -= 1;
      if (stuck.includes(id)) throw stuckWith();
      removed.push(id);
    },
  });
  return { api, creates, removes, removed, peak: () => peak };
}

const note = (behaviour: Behaviour, n: number): ItemDraft =>
  contractDraft(`n${n}`, {
    kind: "sticky",
    fill: "miro:yellow",
    text: `${behaviour} ${n}`,
    x: n * 250,
  });

describe("endWrite", () => {
  it("stops the waits of the calls under way once one item fails for good", async () => {
    const clock = virtualClock();
    const { api, creates, removed } = board();
    const session = testSession(api, { concurrency: 3, retries: 1, ...clock });
    const drafts = [note("fails", 0), note("unmarkable", 1), note("limited", 2)];
    const error = await createItems(session, drafts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteWriteError);
    expect(error).toMatchObject({ done: 0, total: 3, reason: INTERNAL, unmarkedIds: [] });
    // The note made and not marked is not left behind.
    expect(removed).toEqual(["unmarkable 1"]);
    // Without the stop, the rate-limited calls would go on for the give-up's five minutes.
    expect(clock.time).toBeLessThan(5_000);
    expect(creates.filter((id) => id === "limited 2").length).toBeLessThanOrEqual(3);
  });

  it("removes what it made unmarked side by side, within a short give-up, naming what stays", async () => {
    const clock = virtualClock();
    const { api, removed, removes, peak } = board(["unmarkable 0", "unmarkable 1"]);
    const session = testSession(api, { concurrency: 3, retries: 1, ...clock });
    const drafts = [note("unmarkable", 0), note("unmarkable", 1), note("fails", 2)];
    const error = await createItems(session, drafts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteWriteError);
    expect(error).toMatchObject({ done: 0, total: 3, reason: INTERNAL });
    expect((error as IncompleteWriteError).unmarkedIds).toEqual(["unmarkable 0", "unmarkable 1"]);
    expect((error as Error).message).toMatch(/could not be marked as the app's nor removed/);
    expect(removed).toEqual([]);
    expect(peak()).toBe(2);
    // The cleanup's 30 s in all, not five minutes for each item one after the other.
    expect(clock.time).toBeLessThan(40_000);
    expect(removes.length).toBeGreaterThan(2);
  });

  it("names an item it made and could not remove even after a cancel", async () => {
    const clock = virtualClock();
    const signal = { aborted: false };
    const { api, removes } = board(["unmarkable 0"], () => new Error(INTERNAL));
    const session = testSession(api, {
      now: clock.now,
      sleep: async (ms) => {
        await clock.sleep(ms);
        signal.aborted = true;
      },
      retries: 2,
    });
    const error = await createItems(session, [note("unmarkable", 0)], { signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IncompleteWriteError);
    expect(error).toMatchObject({ done: 0, total: 1, reason: INTERNAL });
    expect((error as IncompleteWriteError).unmarkedIds).toEqual(["unmarkable 0"]);
    expect(removes).toEqual(["unmarkable 0", "unmarkable 0", "unmarkable 0"]);
  });
});
