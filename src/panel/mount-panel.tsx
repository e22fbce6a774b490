import "./panel.css";
import { render } from "preact";
import type { BoardPort } from "../core/board/board-port";
import { Panel } from "./components/panel";
import type { PanelClipboard } from "./session/export-actions";
import { createPanelSession } from "./session/panel-session";
import { languageOfLocale } from "./words/language-of-locale";

export interface MountPanelOptions {
  /** The board, reached only through the port (a RemotePort in the playground and the apps). */
  port: BoardPort;
  /** The host's locale (`sv-SE`, `da`...); the browser's language when absent. */
  locale?: string;
  /** Where Copy writes; the browser's clipboard when absent. */
  clipboard?: PanelClipboard;
}

/**
 * Draws the panel into `root` and connects it to the board. Returns the function that takes the
 * panel away again and stops listening to the board.
 */
export function mountPanel(root: HTMLElement, options: MountPanelOptions): () => void {
  const clipboard = options.clipboard ?? globalThis.navigator?.clipboard;
  const session = createPanelSession(options.port, {
    language: languageOfLocale(options.locale ?? globalThis.navigator?.language),
    ...(clipboard ? { clipboard } : {}),
  });
  void session.connect();
  render(<Panel session={session} />, root);
  return () => {
    render(null, root);
    session.dispose();
  };
}
