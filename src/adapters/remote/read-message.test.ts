import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { USER_NOTE } from "../contract/board-harness";
import { HOST_BOUND, MESSAGE_TYPES, PANEL_BOUND } from "./port-messages";
import { readMessage, refusalLog } from "./read-message";
import { RemotePort } from "./remote-port";
import { handDrivenHost, nextTask } from "./remote-test-kit";

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

describe("readMessage", () => {
  it("knows every type of message of ours, and only those", () => {
    const read = new Set([...Object.keys(HOST_BOUND), ...Object.keys(PANEL_BOUND)]);
    expect([...MESSAGE_TYPES].sort()).toEqual([...read].sort());
  });

  it("reads our messages, passes others and ours going the other way without a word", () => {
    const refuse = vi.fn();
    const cancel = { type: "jm-cancel", id: "c1" };
    expect(readMessage(cancel, HOST_BOUND, refuse)).toEqual(cancel);
    expect(
      readMessage({ type: "jm-progress", id: "c1", done: 1, total: 2 }, HOST_BOUND, refuse),
    ).toBeNull();
    expect(readMessage({ type: "vite:ping" }, HOST_BOUND, refuse)).toBeNull();
    expect(readMessage(undefined, PANEL_BOUND, refuse)).toBeNull();
    expect(refuse).not.toHaveBeenCalled();
  });

  it("refuses a malformed one of ours with the path of the first problem", () => {
    const refuse = vi.fn();
    const progress = { type: "jm-progress", id: "c1", done: -1, total: 2 };
    expect(readMessage(progress, PANEL_BOUND, refuse)).toBeNull();
    expect(refuse).toHaveBeenCalledWith("jm-progress", "done: too_small");
  });

  it("says which field of a response fits no kind of response", () => {
    const refuse = vi.fn();
    const failed = { type: "jm-response", id: "c1", ok: false, error: { name: "Error" } };
    expect(readMessage(failed, PANEL_BOUND, refuse)).toBeNull();
    expect(refuse).toHaveBeenCalledWith(
      "jm-response",
      "error.message: invalid_type (expected string)",
    );
    const unsure = { type: "jm-response", id: "c1", ok: "yes", result: 1 };
    expect(readMessage(unsure, PANEL_BOUND, refuse)).toBeNull();
    expect(refuse).toHaveBeenLastCalledWith("jm-response", "ok: invalid_value");
  });

  it("logs a refusal once per kind of message", () => {
    const refuse = refusalLog("panel");
    refuse("jm-selection", "ids: invalid_type");
    refuse("jm-selection", "ids[0]: invalid_type");
    refuse("jm-response", "id: too_big");
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      "journey-mapper panel refused a jm-selection message (ids: invalid_type); later ones stay quiet",
      "journey-mapper panel refused a jm-response message (id: too_big); later ones stay quiet",
    ]);
  });
});

describe("RemotePort refuses what it cannot read", () => {
  async function calling() {
    const host = handDrivenHost();
    const port = new RemotePort(host.panelEnd);
    const reading = port.readItems({ kind: "board" }).then(
      (items) => items,
      (error: Error) => error,
    );
    await nextTask();
    const id = (host.received[1] as { id: string }).id;
    return { host, port, reading, id };
  }

  it("fails a call whose result is not what the method returns", async () => {
    const { host, reading, id } = await calling();
    host.send({ type: "jm-response", id, ok: true, result: [{ ...USER_NOTE, x: "left" }] });
    const error = await reading;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      "the board answered with something the panel cannot read: readItems result [0].x: invalid_type (expected number)",
    );
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("ignores answers to calls it did not make, and malformed selections", async () => {
    const { host, port, reading, id } = await calling();
    const selections: unknown[] = [];
    port.onSelectionChange((ids) => selections.push(ids));
    host.send({ type: "jm-response", id: "someone-else-1", ok: true, result: [] });
    host.send({ type: "jm-selection", ids: "user-1" });
    host.send({ type: "jm-response", id, ok: true, result: [USER_NOTE] });
    expect(await reading).toEqual([USER_NOTE]);
    expect(selections).toEqual([]);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      "journey-mapper panel refused a jm-selection message (ids: invalid_type (expected array)); later ones stay quiet",
    ]);
  });

  it("keeps the platform it assumed when a hello names none it knows", async () => {
    const host = handDrivenHost();
    const port = new RemotePort(host.panelEnd, { platform: "figjam" });
    host.send({ type: "jm-hello", platform: "jamboard" });
    await nextTask();
    expect(port.platform).toBe("figjam");
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
