import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { contractDraft, USER_NOTE } from "../contract/board-harness";
import { InMemoryBoard } from "../memory/in-memory-board";
import { channelPair } from "./channel-pair";
import { nextTask } from "./remote-test-kit";
import { servePort } from "./serve-port";

/** A board served to a panel end the test drives by hand. */
function served(board = new InMemoryBoard()) {
  const [panelEnd, hostEnd] = channelPair();
  const heard: unknown[] = [];
  panelEnd.listen((message) => heard.push(message));
  const stop = servePort(board, hostEnd);
  const send = async (...messages: unknown[]) => {
    for (const message of messages) panelEnd.post(message);
    await nextTask();
    await nextTask();
  };
  return { board, heard, send, stop };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

describe("servePort", () => {
  it("says hello with its platform when it starts and when asked", async () => {
    const { heard, send } = served(new InMemoryBoard({ platform: "figjam" }));
    await send({ type: "jm-hello" });
    expect(heard).toEqual([
      { type: "jm-hello", platform: "figjam" },
      { type: "jm-hello", platform: "figjam" },
    ]);
  });

  it("answers a request by calling the board", async () => {
    const { board, heard, send } = served();
    board.addUserItems([USER_NOTE]);
    await send({ type: "jm-request", id: "c1", method: "readItems", args: [{ kind: "board" }] });
    expect(heard.at(-1)).toEqual({ type: "jm-response", id: "c1", ok: true, result: [USER_NOTE] });
  });

  it("ignores other senders' messages without a word", async () => {
    const { heard, send } = served();
    await send(null, "ping", 42, { source: "react-devtools" }, { type: "webpackOk" }, [1]);
    expect(heard).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it("refuses a malformed request, once in the log, and answers it with the reason", async () => {
    const { board, heard, send } = served();
    const drop = { type: "jm-request", id: "c1", method: "dropBoard", args: [] };
    await send(drop, { ...drop, id: "c2" }, { type: "jm-request", method: "readItems" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("refused a jm-request message (method:");
    expect(heard.slice(1)).toMatchObject([
      { type: "jm-response", id: "c1", ok: false, error: { name: "Error" } },
      { type: "jm-response", id: "c2", ok: false },
    ]);
    expect(board.all()).toEqual([]);
  });

  it("refuses drafts that are not drafts, naming the field, and writes nothing", async () => {
    const { board, heard, send } = served();
    const bad = { ...contractDraft("a"), x: "left" };
    await send({ type: "jm-request", id: "c1", method: "createItems", args: [[bad]] });
    expect(heard.at(-1)).toMatchObject({ id: "c1", ok: false });
    const { error } = heard.at(-1) as { error: { message: string } };
    expect(error.message).toBe(
      "the board refused a malformed request: createItems args[0][0].x: invalid_type (expected number)",
    );
    expect(board.all()).toEqual([]);
  });

  it("refuses a draft whose mark it cannot read, which no later plan could claim", async () => {
    const { board, heard, send } = served();
    const newer = { schemaVersion: 9, part: "ribbon", role: "ribbon", key: "r", groupId: "wb" };
    const broken = { ...contractDraft("a").mark, role: "cell" };
    for (const [id, mark] of [
      ["c1", newer],
      ["c2", broken],
    ] as const) {
      const draft = { ...contractDraft("a"), mark };
      await send({ type: "jm-request", id, method: "createItems", args: [[draft]] });
      expect(heard.at(-1)).toMatchObject({ id, ok: false });
    }
    expect(board.all()).toEqual([]);
  });

  it("refuses a message of an unknown kind", async () => {
    const { heard, send } = served();
    await send({ type: "jm-shutdown" }, { type: "jm-cancel" });
    expect(heard).toHaveLength(1);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      "journey-mapper board host refused a jm-shutdown message (unknown message type); later ones stay quiet",
      "journey-mapper board host refused a jm-cancel message (id: invalid_type (expected string)); later ones stay quiet",
    ]);
  });

  it("tells the panel when the user's selection changes", async () => {
    const { board, heard, send } = served();
    board.addUserItems([USER_NOTE]);
    board.selection = [USER_NOTE.id];
    await send();
    expect(heard.at(-1)).toEqual({ type: "jm-selection", ids: [USER_NOTE.id] });
  });

  it("stops answering, forwarding and writing once stopped", async () => {
    let release = () => {};
    let paced = 0;
    const board = new InMemoryBoard({
      batchSize: 1,
      pace: () => (++paced === 1 ? Promise.resolve() : new Promise((r) => (release = r))),
    });
    const { heard, send, stop } = served(board);
    const drafts = [contractDraft("a"), contractDraft("b")];
    await send({ type: "jm-request", id: "c1", method: "createItems", args: [drafts] });
    stop();
    release();
    board.addUserItems([USER_NOTE]);
    board.selection = [USER_NOTE.id];
    await send({ type: "jm-request", id: "c2", method: "readItems", args: [{ kind: "board" }] });
    expect(board.all().map((item) => item.text)).toEqual(["a", USER_NOTE.text]);
    expect(heard.map((m) => (m as { type: string }).type)).toEqual(["jm-hello", "jm-progress"]);
  });
});
