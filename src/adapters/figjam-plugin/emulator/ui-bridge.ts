import type { FigmaMessageHandler, FigmaPluginApi } from "../figma-api";
import type { CallGate } from "./call-gate";

/** A message event as the UI's window receives it from main. */
export interface UiMessageEvent {
  readonly data: { readonly pluginMessage: unknown; readonly pluginId: string };
  readonly origin: string;
}

/** Listens to the UI's window for messages. */
export type UiMessageListener = (event: UiMessageEvent) => void;

/**
 * The UI's side of the message pair, for tests and the bridge: it posts as the plugin's iframe
 * does (`parent.postMessage({ pluginMessage }, "*")`) and hears what main posts as the iframe's
 * window does (`message` events whose `data.pluginMessage` is the message).
 */
export interface FigmaUiSide {
  /** What the iframe's `window.parent` is to it; a message without `pluginMessage` is dropped. */
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
  /** Posts `{ pluginMessage }` to main, as the UI would. */
  post(pluginMessage: unknown): void;
  addEventListener(type: "message", listener: UiMessageListener): void;
  removeEventListener(type: "message", listener: UiMessageListener): void;
  /** Every message main posted that reached the UI, in order. */
  readonly received: readonly unknown[];
}

/** The id the emulated plugin's messages carry: unverified. */
const PLUGIN_ID = "emulated-plugin";
/** The origin main's handlers are told a UI message comes from: unverified. */
const UI_ORIGIN = "null";

/**
 * The message pair between main (`figma.ui`) and the UI. A message is structured-cloned when it
 * is posted (what cannot be cloned throws there) and delivered in a later task, in order.
 */
export function uiBridge(gate: CallGate): { main: FigmaPluginApi["ui"]; uiSide: FigmaUiSide } {
  const mainHandlers = new Set<FigmaMessageHandler>();
  const uiListeners = new Set<UiMessageListener>();
  const received: unknown[] = [];
  const later = (deliver: () => void) => setTimeout(deliver, 0);

  const main: FigmaPluginApi["ui"] = {
    postMessage: (pluginMessage) =>
      gate.call("ui.postMessage", () => {
        const copy = structuredClone(pluginMessage);
        later(() => {
          received.push(copy);
          const event = { data: { pluginMessage: copy, pluginId: PLUGIN_ID }, origin: UI_ORIGIN };
          for (const listener of [...uiListeners]) listener(event);
        });
      }),
    onmessage: undefined,
    on: (_type, callback) => {
      mainHandlers.add(callback);
    },
    off: (_type, callback) => {
      mainHandlers.delete(callback);
    },
  };

  const toMain = (message: unknown) => {
    if (typeof message !== "object" || message === null || !("pluginMessage" in message)) return;
    const copy = structuredClone(message.pluginMessage);
    later(() => {
      const props = { origin: UI_ORIGIN };
      main.onmessage?.(copy, props);
      for (const handler of [...mainHandlers]) handler(copy, props);
    });
  };

  const uiSide: FigmaUiSide = {
    parent: { postMessage: (message) => toMain(message) },
    post: (pluginMessage) => toMain({ pluginMessage }),
    addEventListener: (_type, listener) => {
      uiListeners.add(listener);
    },
    removeEventListener: (_type, listener) => {
      uiListeners.delete(listener);
    },
    received,
  };
  return { main, uiSide };
}
