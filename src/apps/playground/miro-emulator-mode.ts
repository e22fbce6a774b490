import { drawnMiroEmulator } from "../../adapters/miro-sdk/emulator/drawn-emulator";
import { MiroEmulator } from "../../adapters/miro-sdk/emulator/miro-emulator";
import { MiroSdkBoard } from "../../adapters/miro-sdk/miro-sdk-board";
import { windowChannel } from "../../adapters/remote/message-channel";
import { servePort } from "../../adapters/remote/serve-port";
import { mountBoardView } from "../../board-view/board-view";
import type { BoardItem } from "../../core/board/board-item";

/** What the Web SDK takes per call in the emulated Miro, about what a board in Miro answers in. */
const LATENCY_MS = 40;

/**
 * Wiring only: the sample board on the Miro emulator, drawn, and the panel beside it on the Miro
 * app's own adapter (MiroSdkBoard), as in Miro, with every call metered and taking its time.
 */
export function openMiroEmulator(
  items: readonly BoardItem[],
  boardElement: HTMLElement,
  panelFrame: HTMLIFrameElement,
): void {
  const emulator = new MiroEmulator({ latencyMs: LATENCY_MS });
  emulator.addUserItems(items);
  mountBoardView(boardElement, drawnMiroEmulator(emulator));
  const frameWindow = panelFrame.contentWindow;
  if (frameWindow) {
    servePort(new MiroSdkBoard(emulator.board), windowChannel(frameWindow, window));
  }
}
