import { describe, expect, it } from "vitest";
import { yieldTask } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";
import type { UiMessageEvent } from "./ui-bridge";

describe("the message pair between main and the UI", () => {
  it("delivers what main posts to the UI's window later, in order, as data.pluginMessage", async () => {
    const { api, uiSide } = new FigJamEmulator();
    const heard: UiMessageEvent[] = [];
    uiSide.addEventListener("message", (event) => heard.push(event));
    api.ui.postMessage({ id: 1, kind: "progress", done: 10 });
    api.ui.postMessage({ id: 2, kind: "done" });
    expect(heard).toEqual([]);
    await yieldTask();
    expect(heard.map((event) => event.data.pluginMessage)).toEqual([
      { id: 1, kind: "progress", done: 10 },
      { id: 2, kind: "done" },
    ]);
    expect(uiSide.received).toHaveLength(2);
  });

  it("delivers what the UI posts as { pluginMessage } to main's handlers, unwrapped", async () => {
    const { api, uiSide } = new FigJamEmulator();
    const onmessage: unknown[] = [];
    const listened: unknown[] = [];
    api.ui.onmessage = (message) => onmessage.push(message);
    api.ui.on("message", (message) => listened.push(message));
    uiSide.parent.postMessage({ pluginMessage: { id: 7, call: "read" } }, "*");
    uiSide.post({ id: 8, call: "write" });
    uiSide.parent.postMessage({ notForThePlugin: true }, "*");
    await yieldTask();
    expect(onmessage).toEqual([
      { id: 7, call: "read" },
      { id: 8, call: "write" },
    ]);
    expect(listened).toEqual(onmessage);
  });

  it("clones a message when it is posted: later changes to it do not travel", async () => {
    const { api, uiSide } = new FigJamEmulator();
    const message = { items: ["a"] };
    api.ui.postMessage(message);
    message.items.push("b");
    await yieldTask();
    expect(uiSide.received).toEqual([{ items: ["a"] }]);
    expect(() => api.ui.postMessage({ call: () => 1 })).toThrow();
  });

  it("stops telling a handler taken off", async () => {
    const { api, uiSide } = new FigJamEmulator();
    const heard: unknown[] = [];
    const handler = (message: unknown) => heard.push(message);
    api.ui.on("message", handler);
    api.ui.off("message", handler);
    uiSide.post("hello");
    await yieldTask();
    expect(heard).toEqual([]);
  });
});
