import { drawnFigJamEmulator } from "../../adapters/figjam-plugin/emulator/drawn-emulator";
import { FigJamEmulator } from "../../adapters/figjam-plugin/emulator/figjam-emulator";
import { FigJamPluginBoard } from "../../adapters/figjam-plugin/figjam-plugin-board";
import { mainChannel } from "../../adapters/figjam-plugin/plugin-channels";
import { servePort } from "../../adapters/remote/serve-port";
import { mountBoardView } from "../../board-view/board-view";
import { figjamCopy } from "../../board-view/files/figjam-copy";
import type { BoardItem } from "../../core/board/board-item";

/** What the panel page is told to talk as a FigJam plugin's UI: `panel.html?host=figjam`. */
export const FIGJAM_PANEL = "./panel.html?host=figjam";

/**
 * Wiring only: the sample board as a FigJam file on the FigJam emulator, drawn; the plugin's
 * main side (FigJamPluginBoard served on `figma.ui`) in this page; and the panel as the plugin's
 * UI, talking to main in `{ pluginMessage }`s through this page, which plays FigJam between them.
 */
export function openFigJamEmulator(
  items: readonly BoardItem[],
  boardElement: HTMLElement,
  panelFrame: HTMLIFrameElement,
): void {
  const emulator = new FigJamEmulator();
  emulator.addUserNodes(figjamCopy(items));
  mountBoardView(boardElement, drawnFigJamEmulator(emulator));
  servePort(new FigJamPluginBoard(emulator.api), mainChannel(emulator.api.ui));
  window.addEventListener("message", (event) => {
    if (event.source === panelFrame.contentWindow)
      emulator.uiSide.parent.postMessage(event.data, "*");
  });
  emulator.uiSide.addEventListener("message", (event) => {
    panelFrame.contentWindow?.postMessage(event.data, window.location.origin);
  });
  panelFrame.src = FIGJAM_PANEL;
}
