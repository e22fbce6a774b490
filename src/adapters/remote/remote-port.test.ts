import { afterEach, describe, expect, it, vi } from "vitest";
import type { ItemDraft, Progress } from "../../core/board/board-port";
import {
  CancelledError,
  HoldsUserItemsError,
  MissingItemError,
  NotAppOwnedError,
} from "../../core/board/ownership";
import { contractDraft, USER_NOTE } from "../contract/board-harness";
import { describeBoardPortContract } from "../contract/board-port-contract";
import { BoardTimeoutError } from "./board-timeout-error";
import type { PortChannel } from "./message-channel";
import { RemotePort } from "./remote-port";
import { connectedBoard, handDrivenHost, nextTask } from "./remote-test-kit";

describeBoardPortContract("RemotePort to an InMemoryBoard over messages", () => {
  // The host yields between batches, as a real board does, so a cancel can arrive in time.
  const { board, port } = connectedBoard({ pace: nextTask });
  return {
    board: port,
    addUserItems: (items) => board.addUserItems(items),
    select: (ids) => {
      board.selection = ids;
    },
  };
});

const drafts = (count: number): ItemDraft[] =>
  Array.from({ length: count }, (_, n) => contractDraft(`d${n}`, { x: n * 150 }));

async function failure(work: Promise<unknown>): Promise<Error> {
  return work.then(
    () => new Error("it did not fail"),
    (error: Error) => error,
  );
}

describe("RemotePort", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("learns the host's platform from its hello", async () => {
    const { port } = connectedBoard({ platform: "figjam" });
    expect(port.platform).toBe("miro");
    expect(await port.ready()).toBe("figjam");
    expect(port.platform).toBe("figjam");
  });

  it("reports progress after each of the host's batches", async () => {
    const { port } = connectedBoard({ batchSize: 10 });
    const progress: Progress[] = [];
    const created = await port.createItems(drafts(35), { onProgress: (p) => progress.push(p) });
    expect(created).toHaveLength(35);
    expect(progress).toEqual([10, 20, 30, 35].map((done) => ({ done, total: 35 })));
  });

  it("raises the port's own errors again, with their fields", async () => {
    const { board, port } = connectedBoard();
    board.addUserItems([USER_NOTE]);
    const [frame] = await port.createItems([contractDraft("frame", { kind: "frame" })]);
    const frameId = frame?.item.id ?? "";
    board.addUserItems([{ ...USER_NOTE, id: "dropped", parentId: frameId }]);

    const foreign = await failure(port.updateItems([{ id: USER_NOTE.id, text: "x" }]));
    expect(foreign).toBeInstanceOf(NotAppOwnedError);
    expect((foreign as NotAppOwnedError).itemIds).toEqual([USER_NOTE.id]);

    const missing = await failure(port.removeItems(["nowhere"]));
    expect(missing).toBeInstanceOf(MissingItemError);
    expect((missing as MissingItemError).itemIds).toEqual(["nowhere"]);

    const holds = await failure(port.removeItems([frameId]));
    expect(holds).toBeInstanceOf(HoldsUserItemsError);
    expect(holds).toMatchObject({ containerId: frameId, itemIds: ["dropped"] });
    expect(holds.message).toContain("move them out first");
  });

  it("raises any other error of the host as a plain Error with its message", async () => {
    const { port } = connectedBoard();
    const error = await failure(
      port.createItems([contractDraft("a", { parent: { id: "no-frame" } })]),
    );
    expect(error.constructor).toBe(Error);
    expect(error.message).toBe("draft a: no frame no-frame on the board to hold it");
  });

  it.each([
    ["an AbortController", () => new AbortController()],
    ["a plain { aborted } signal", () => plainController()],
  ])("cancels a long create between batches with %s, keeping what was made", async (_, make) => {
    let cancelArrived = () => {};
    const cancelled = new Promise<void>((resolve) => (cancelArrived = resolve));
    let batches = 0;
    const spyHost = (channel: PortChannel): PortChannel => ({
      post: (message) => channel.post(message),
      listen: (handler) =>
        channel.listen((message) => {
          handler(message);
          if ((message as { type?: string }).type === "jm-cancel") cancelArrived();
        }),
    });
    // The first batch goes at once; the second waits until the cancel has reached the host.
    const pace = () => (++batches === 1 ? Promise.resolve() : cancelled);
    const { board, port } = connectedBoard({ batchSize: 10, pace }, {}, spyHost);
    const controller = make();
    const error = await failure(
      port.createItems(drafts(50), {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).done).toBe(10);
    expect(board.all().map((item) => item.text)).toEqual(drafts(10).map((d) => d.text));
  });

  it("does not send a batch whose signal is already aborted", async () => {
    const host = handDrivenHost();
    const port = new RemotePort(host.panelEnd);
    const error = await failure(port.createItems(drafts(3), { signal: { aborted: true } }));
    expect(error).toBeInstanceOf(CancelledError);
    await nextTask();
    expect(host.received).toEqual([{ type: "jm-hello" }]);
  });

  it("tells selection changes to every listener until it stops", async () => {
    const { board, port } = connectedBoard();
    board.addUserItems([USER_NOTE]);
    const first: string[][] = [];
    const second: string[][] = [];
    port.onSelectionChange((ids) => first.push([...ids]));
    const stop = port.onSelectionChange((ids) => second.push([...ids]));
    board.selection = [USER_NOTE.id];
    await port.readItems({ kind: "selection" });
    stop();
    board.selection = [];
    await port.readItems({ kind: "selection" });
    expect(first).toEqual([[USER_NOTE.id], []]);
    expect(second).toEqual([[USER_NOTE.id]]);
  });

  it("fails a call the host does not answer in time, and cancels it there", async () => {
    vi.useFakeTimers();
    const host = handDrivenHost();
    const port = new RemotePort(host.panelEnd, { timeoutMs: 5000 });
    const error = failure(port.readItems({ kind: "board" }));
    let settled = false;
    void error.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await error).toBeInstanceOf(BoardTimeoutError);
    expect((await error).message).toBe(
      "the board did not answer within 5 s (readItems); reload the panel and try again",
    );
    // A message posted while timers run is delivered a fake millisecond later.
    await vi.advanceTimersByTimeAsync(1);
    const id = (host.received[1] as { id: string }).id;
    expect(host.received.slice(1)).toEqual([
      { type: "jm-request", id, method: "readItems", args: [{ kind: "board" }] },
      { type: "jm-cancel", id },
    ]);
  });

  it("waits as long as the host keeps reporting progress", async () => {
    vi.useFakeTimers();
    const host = handDrivenHost();
    const port = new RemotePort(host.panelEnd, { timeoutMs: 5000 });
    const creating = port.createItems(drafts(2));
    await vi.advanceTimersByTimeAsync(0);
    const id = (host.received[1] as { id: string }).id;
    await vi.advanceTimersByTimeAsync(4000);
    host.send({ type: "jm-progress", id, done: 1, total: 2 });
    await vi.advanceTimersByTimeAsync(4000);
    host.send({ type: "jm-response", id, ok: true, result: [] });
    await vi.advanceTimersByTimeAsync(1);
    expect(await creating).toEqual([]);
  });

  it("fails the handshake when no host says hello", async () => {
    vi.useFakeTimers();
    const port = new RemotePort(handDrivenHost().panelEnd, { timeoutMs: 2000 });
    const hello = failure(port.ready());
    await vi.advanceTimersByTimeAsync(2000);
    expect(await hello).toMatchObject({ name: "BoardTimeoutError", method: "hello" });
  });

  it("fails the calls still waiting when it closes", async () => {
    const port = new RemotePort(handDrivenHost().panelEnd);
    const reading = failure(port.readItems({ kind: "board" }));
    port.close();
    expect((await reading).message).toBe("the panel stopped talking to the board");
  });
});

/** A signal as the core knows it: only `aborted`, no events. */
function plainController() {
  const signal = { aborted: false };
  return { signal, abort: () => (signal.aborted = true) };
}
