/**
 * One end of a two-way message line between the panel and the board's host: the playground
 * page and its panel iframe, Miro's panel and headless page, FigJam's UI and main. Messages are
 * structured-clonable values; delivery is asynchronous and in order, as `postMessage` delivers.
 */
export interface PortChannel {
  post(message: unknown): void;
  /** Receives every message from the other end; returns the function that stops listening. */
  listen(handler: (message: unknown) => void): () => void;
}

/** The part of a window a channel posts to (a `Window`, or a stand-in in tests). */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** What a channel reads of a `message` event. */
export interface WindowMessage {
  readonly data: unknown;
  readonly source: unknown;
  readonly origin: string;
}

/** The part of a window a channel listens on (a `Window`, or a stand-in in tests). */
export interface MessageHost {
  readonly location: { readonly origin: string };
  addEventListener(type: "message", listener: (event: WindowMessage) => void): void;
  removeEventListener(type: "message", listener: (event: WindowMessage) => void): void;
}

/**
 * A channel between two windows by `window.postMessage`: `target` is the other window (the
 * panel iframe's `contentWindow`, or `window.parent` seen from the panel), `self` this one.
 * Only messages whose source is `target` reach the handler, and only from this page's origin
 * unless `origin` says otherwise, so browser extensions and the host platform's own messages
 * never do. A page without an origin of its own (a sandboxed or `file:` page) talks to any.
 */
export function windowChannel(
  target: MessageTarget,
  self: MessageHost,
  options: { origin?: string } = {},
): PortChannel {
  const own = self.location.origin;
  const origin = options.origin ?? (own === "null" ? "*" : own);
  return {
    post: (message) => target.postMessage(message, origin),
    listen: (handler) => {
      const receive = (event: WindowMessage) => {
        if (event.source !== target) return;
        if (origin !== "*" && event.origin !== origin) return;
        handler(event.data);
      };
      self.addEventListener("message", receive);
      return () => self.removeEventListener("message", receive);
    },
  };
}
