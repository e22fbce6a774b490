import { describe, expect, it } from "vitest";
import { type MessageHost, type WindowMessage, windowChannel } from "./message-channel";

/** A stand-in window: records what is posted to it and dispatches message events to listeners. */
function fakeWindow(origin: string) {
  const listeners = new Set<(event: WindowMessage) => void>();
  const posted: [unknown, string][] = [];
  const host: MessageHost & { postMessage(message: unknown, targetOrigin: string): void } = {
    location: { origin },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    postMessage: (message, targetOrigin) => posted.push([message, targetOrigin]),
  };
  const dispatch = (event: WindowMessage) => {
    for (const listener of listeners) listener(event);
  };
  return { host, posted, dispatch, listeners };
}

describe("windowChannel", () => {
  it("posts to the other window for this page's origin only", () => {
    const panel = fakeWindow("http://localhost:5173");
    const page = fakeWindow("http://localhost:5173");
    windowChannel(panel.host, page.host).post({ type: "jm-hello" });
    expect(panel.posted).toEqual([[{ type: "jm-hello" }, "http://localhost:5173"]]);
  });

  it("hears only the other window, from this page's origin", () => {
    const panel = fakeWindow("http://localhost:5173");
    const page = fakeWindow("http://localhost:5173");
    const heard: unknown[] = [];
    windowChannel(panel.host, page.host).listen((message) => heard.push(message));
    page.dispatch({ data: "from the panel", source: panel.host, origin: "http://localhost:5173" });
    page.dispatch({
      data: "from an extension",
      source: page.host,
      origin: "http://localhost:5173",
    });
    page.dispatch({
      data: "from another site",
      source: panel.host,
      origin: "https://evil.example",
    });
    page.dispatch({ data: "from nowhere", source: null, origin: "http://localhost:5173" });
    expect(heard).toEqual(["from the panel"]);
  });

  it("stops hearing once told", () => {
    const panel = fakeWindow("http://localhost:5173");
    const page = fakeWindow("http://localhost:5173");
    const heard: unknown[] = [];
    const stop = windowChannel(panel.host, page.host).listen((message) => heard.push(message));
    stop();
    page.dispatch({ data: "late", source: panel.host, origin: "http://localhost:5173" });
    expect(heard).toEqual([]);
    expect(page.listeners.size).toBe(0);
  });

  it("talks to any origin from a page without one, still only with the other window", () => {
    const panel = fakeWindow("null");
    const page = fakeWindow("null");
    const heard: unknown[] = [];
    const channel = windowChannel(panel.host, page.host);
    channel.listen((message) => heard.push(message));
    channel.post("hi");
    page.dispatch({ data: "answer", source: panel.host, origin: "null" });
    page.dispatch({ data: "stray", source: {}, origin: "null" });
    expect(panel.posted).toEqual([["hi", "*"]]);
    expect(heard).toEqual(["answer"]);
  });
});
