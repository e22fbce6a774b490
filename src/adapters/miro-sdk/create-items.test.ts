import { describe, expect, it } from "vitest";
import type { ItemDraft } from "../../core/board/board-port";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { CancelledError } from "../../core/board/ownership";
import { contractDraft, contractMark } from "../contract/board-harness";
import { createItems } from "./create-items";
import { MiroEmulator } from "./emulator/miro-emulator";
import type { MiroStickyNote } from "./miro-api";
import {
  fakeBoardApi,
  itemCalls,
  rateLimitError,
  stickyView,
  testSession,
} from "./miro-sdk-test-kit";

const notes = (count: number): ItemDraft[] =>
  Array.from({ length: count }, (_, n) =>
    contractDraft(`n${n}`, {
      kind: "sticky",
      fill: "miro:yellow",
      x: n * 250,
      width: 199,
      height: 228,
    }),
  );

/** A board whose created sticky notes log their calls, by note text, in `log`. */
function loggingBoard(overrides: { setMetadata?: () => Promise<never> } = {}) {
  const log: string[] = [];
  let next = 0;
  const { api, calls } = fakeBoardApi([], {
    createStickyNote: async (props) => {
      const id = `s${next++}`;
      log.push(`create ${id}`);
      const calls = itemCalls();
      const view: MiroStickyNote = stickyView({
        id,
        x: props.x ?? 0,
        y: props.y ?? 0,
        ...calls,
        setMetadata: (async (key: string, value: unknown) => {
          log.push(`mark ${id}`);
          if (overrides.setMetadata) return overrides.setMetadata();
          return calls.setMetadata(key, value as never);
        }) as MiroStickyNote["setMetadata"],
      });
      return view;
    },
    remove: async ({ id }) => {
      log.push(`remove ${id}`);
    },
  });
  return { api, calls, log };
}

describe("createItems", () => {
  it("creates and marks each item, two calls a note, three in a frame", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    // Away from the origin, so a frame child's board centre and its frame-relative one differ.
    const created = await createItems(session, [
      contractDraft("frame", { kind: "frame", x: 2500, y: -1500, width: 1000, height: 1000 }),
      ...notes(2).map((draft) => ({
        ...draft,
        x: draft.x + 2200,
        y: -1400,
        parent: { ref: "frame" },
      })),
      ...notes(1).map((draft) => ({ ...draft, ref: "loose", x: 4000 })),
    ]);
    expect(created.map((c) => [c.ref, c.item.parentId === null])).toEqual([
      ["frame", true],
      ["n0", false],
      ["n1", false],
      ["loose", true],
    ]);
    expect(created[1]?.item).toMatchObject({ x: 2200, y: -1400, kind: "sticky", fill: "yellow" });
    expect(created[2]?.item).toMatchObject({ x: 2450, y: -1400 });
    const stored = emulator.records().find((record) => record.id === created[2]?.item.id);
    expect(stored && "x" in stored && [stored.x, stored.y]).toEqual([2450, -1400]);
    expect(created[1]?.item.mark).toEqual(contractMark("n0"));
    const { perMethod, calls } = emulator.meter;
    expect(perMethod["item.setMetadata"]).toBe(4);
    expect(perMethod["frame.add"]).toBe(2);
    expect(calls).toBe(4 + 4 + 2);
  });

  it("marks an item before anything else is done to it, and reports each item done", async () => {
    const { api, log } = loggingBoard();
    const progress: number[] = [];
    await createItems(testSession(api, { concurrency: 1 }), notes(2), {
      onProgress: (p) => progress.push(p.done),
    });
    expect(log).toEqual(["create s0", "mark s0", "create s1", "mark s1"]);
    expect(progress).toEqual([1, 2]);
  });

  it("keeps `concurrency` calls in flight, starting the items in order", async () => {
    const emulator = new MiroEmulator({ latencyMs: 1 });
    const created = await createItems(testSession(emulator.board, { concurrency: 4 }), notes(12));
    expect(emulator.meter.maxInFlight).toBe(4);
    expect(created.map((c) => c.ref)).toEqual(notes(12).map((d) => d.ref));
  });

  it("when the board gives up, removes what it created unmarked and says how much was done", async () => {
    const { api, log } = loggingBoard({
      setMetadata: async () => {
        throw new Error("Internal error, please try again");
      },
    });
    const session = testSession(api, { concurrency: 1, retries: 1 });
    const error = await createItems(session, notes(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteWriteError);
    expect(error).toMatchObject({ done: 0, total: 3, reason: "Internal error, please try again" });
    expect(log).toEqual(["create s0", "mark s0", "mark s0", "remove s0"]);
  });

  it("stops waiting out a rate limit when cancelled, leaving nothing half made", async () => {
    const signal = { aborted: false };
    let creates = 0;
    const { api } = fakeBoardApi([], {
      createStickyNote: async () => {
        creates += 1;
        throw rateLimitError();
      },
    });
    const session = testSession(api, {
      sleep: async () => {
        signal.aborted = true;
      },
    });
    const error = await createItems(session, notes(3), { signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).done).toBe(0);
    // The three had started before the first backoff; none started after the cancel.
    expect(creates).toBe(3);
  });

  it("refuses a batch whose drafts name what is not there, before writing anything", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    const [note] = notes(1);
    if (!note) throw new Error("no draft");
    await expect(createItems(session, [{ ...note, parent: { ref: "later" } }])).rejects.toThrow(
      /later is not created first/,
    );
    await expect(createItems(session, [{ ...note, parent: { id: "nowhere" } }])).rejects.toThrow(
      /no item nowhere/,
    );
    const [own] = await createItems(session, [note]);
    await expect(
      createItems(session, [{ ...note, ref: "in", parent: { id: own?.item.id ?? "" } }]),
    ).rejects.toThrow(/no frame/);
    await expect(createItems(session, [contractDraft("c", { kind: "connector" })])).rejects.toThrow(
      /needs the items it joins/,
    );
    expect(emulator.records()).toHaveLength(1);
  });

  it("joins a connector to items made earlier in the batch and on the board", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    const [first] = await createItems(session, notes(1));
    const made = await createItems(session, [
      { ...contractDraft("b"), x: 500 },
      contractDraft("link", {
        kind: "connector",
        ends: { from: { id: first?.item.id ?? "" }, to: { ref: "b" } },
      }),
    ]);
    expect(made[1]?.item.ends).toEqual({ from: first?.item.id, to: made[0]?.item.id });
  });
});
