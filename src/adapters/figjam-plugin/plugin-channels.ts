import type { PortChannel } from "../remote/message-channel";
import type { FigmaMessageHandler, FigmaPluginApi } from "./figma-api";

/**
 * The main (sandbox) end of the plugin's message line: posts with `figma.ui.postMessage`, and
 * hears what the UI posts through `figma.ui.on("message")`, which FigJam hands over already
 * unwrapped from the UI's `{ pluginMessage }`. Serve the board on it:
 * `servePort(new FigJamPluginBoard(figma), mainChannel(figma.ui))`.
 */
export function mainChannel(ui: FigmaPluginApi["ui"]): PortChannel {
  return {
    post: (message) => ui.postMessage(message),
    listen: (handler) => {
      const receive: FigmaMessageHandler = (message) => handler(message);
      ui.on("message", receive);
      return () => ui.off("message", receive);
    },
  };
}

/** What the UI's end reads of a `message` event. */
export interface PluginMessageEvent {
  readonly data: unknown;
}

/** The part of the UI's window the channel uses (the iframe's `window`, or a stand-in). */
export interface PluginWindow {
  /** The plugin's iframe posts to main through its parent, FigJam. */
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: "message", listener: (event: PluginMessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: PluginMessageEvent) => void): void;
}

/**
 * The UI (iframe) end of the plugin's message line: posts `{ pluginMessage }` to its parent,
 * as FigJam asks, and hears the `message` events whose `data.pluginMessage` is a message from
 * main; any other message reaching the window (FigJam's own, an extension's) is ignored. The
 * panel's RemotePort runs on it: `new RemotePort(uiChannel(window), { platform: "figjam" })`.
 */
export function uiChannel(window: PluginWindow): PortChannel {
  return {
    post: (message) => window.parent.postMessage({ pluginMessage: message }, "*"),
    listen: (handler) => {
      const receive = (event: PluginMessageEvent) => {
        const data = event.data;
        if (typeof data !== "object" || data === null || !("pluginMessage" in data)) return;
        handler(data.pluginMessage);
      };
      window.addEventListener("message", receive);
      return () => window.removeEventListener("message", receive);
    },
  };
}
