import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { contractDraft as draft } from "../contract/board-harness";
import { describeBoardPortContract } from "../contract/board-port-contract";
import { BoardTimeoutError } from "../remote/board-timeout-error";
import { RemotePort } from "../remote/remote-port";
import { servePort } from "../remote/serve-port";
import { FigJamEmulator, type FigJamFaults } from "./emulator/figjam-emulator";
import { FigJamPluginBoard } from "./figjam-plugin-board";
import { seeded, testOptions } from "./figjam-test-kit";
import {
  mainChannel,
  type PluginMessageEvent,
  type PluginWindow,
  uiChannel,
} from "./plugin-channels";

/** Compile-time proof that the browser's window is what the UI's end takes in FigJam. */
const windowFits = (window: Window): PluginWindow => window;
void windowFits;

/** FigJam's plugin served over its message line to a panel's RemotePort, all on the emulator. */
function bridged(faults: FigJamFaults = {}) {
  const emulator = new FigJamEmulator({ faults, random: seeded(3) });
  const board = new FigJamPluginBoard(emulator.api, testOptions().options);
  const stop = servePort(board, mainChannel(emulator.api.ui));
  const port = new RemotePort(uiChannel(emulator.uiSide), { platform: "figjam" });
  return { emulator, port, stop };
}

describeBoardPortContract("RemotePort to FigJamPluginBoard over the plugin's message line", () => {
  const { emulator, port } = bridged();
  return {
    board: port,
    addUserItems: (items) => {
      emulator.addUserNodes(items);
    },
    select: (ids) => emulator.select(ids),
  };
});

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  vi.useRealTimers();
});

/** Lets every message posted so far arrive. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("The FigJam plugin's message line", () => {
  it("says hello from main as a FigJam board, and carries the port's errors by name", async () => {
    const { port, emulator } = bridged({ failureRate: 1 });
    expect(await port.ready()).toBe("figjam");
    const error = await port.createItems([draft("a")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteWriteError);
    expect(emulator.records()).toEqual([]);
  });

  it("refuses a malformed request in main with a logged reason, and answers it as refused", async () => {
    const { emulator } = bridged();
    emulator.uiSide.post({
      type: "jm-request",
      id: "x-1",
      method: "readItems",
      args: [{ kind: "page" }],
    });
    await delivered();
    expect(String(warn.mock.calls[0]?.[0])).toContain("board host refused a jm-request message");
    expect(emulator.uiSide.received).toContainEqual({
      type: "jm-response",
      id: "x-1",
      ok: false,
      error: expect.objectContaining({ message: expect.stringContaining("malformed request") }),
    });
    expect(emulator.meter.perMethod.findAllWithCriteria).toBeUndefined();
  });

  it("refuses a malformed answer in the UI with a logged reason, and never acts on it", async () => {
    const { port, emulator, stop } = bridged();
    stop();
    const reading = port.readItems({ kind: "board" });
    emulator.api.ui.postMessage({ type: "jm-response", id: 42, ok: true, result: [] });
    emulator.api.ui.postMessage({ type: "jm-selection", ids: "all" });
    await delivered();
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining("panel refused a jm-response message"),
      expect.stringContaining("panel refused a jm-selection message"),
    ]);
    // The call was still waiting: the answer it was refused was not taken for one.
    port.close();
    const error = await reading.catch((e: unknown) => e);
    expect((error as Error).message).toBe("the panel stopped talking to the board");
  });

  it("fails a call whose answer never comes with a BoardTimeoutError", async () => {
    vi.useFakeTimers();
    const emulator = new FigJamEmulator();
    // No one serves the board in main: the request goes unanswered.
    const port = new RemotePort(uiChannel(emulator.uiSide), { timeoutMs: 2000 });
    const reading = port.readItems({ kind: "board" }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await reading).toBeInstanceOf(BoardTimeoutError);
  });

  it("hears in the UI only the window's messages that carry a pluginMessage", () => {
    const listeners = new Set<(event: PluginMessageEvent) => void>();
    const posted: unknown[] = [];
    const window: PluginWindow = {
      parent: { postMessage: (message, origin) => posted.push([message, origin]) },
      addEventListener: (_type, listener) => listeners.add(listener),
      removeEventListener: (_type, listener) => listeners.delete(listener),
    };
    const channel = uiChannel(window);
    const heard: unknown[] = [];
    const stop = channel.listen((message) => heard.push(message));
    for (const data of [{ pluginMessage: { type: "jm-hello" } }, { type: "jm-hello" }, null, "x"]) {
      for (const listener of listeners) listener({ data });
    }
    channel.post({ type: "jm-hello" });
    stop();
    expect(heard).toEqual([{ type: "jm-hello" }]);
    expect(posted).toEqual([[{ pluginMessage: { type: "jm-hello" } }, "*"]]);
    expect(listeners.size).toBe(0);
  });

  it("stops hearing main's messages once main stops listening", async () => {
    const emulator = new FigJamEmulator();
    const heard: unknown[] = [];
    const stop = mainChannel(emulator.api.ui).listen((message) => heard.push(message));
    emulator.uiSide.post({ type: "jm-hello" });
    await delivered();
    stop();
    emulator.uiSide.post({ type: "jm-hello" });
    await delivered();
    expect(heard).toEqual([{ type: "jm-hello" }]);
  });
});
