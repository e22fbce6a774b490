import type { MiroBoardApi, SelectionHandler } from "../../adapters/miro-sdk/miro-api";

/** A panel the app asked Miro for, as it asked (`miro.board.ui.openPanel(options)`). */
export interface PanelRequest {
  url: string;
  height?: number;
}

/**
 * `miro.board.ui` as the stand-in gives it: the emulator's selection events, which the panel's
 * adapter listens to, and the entry page's calls, with the SDK's own signatures for them.
 */
export interface StandInUi {
  on(event: "selection:update", handler: SelectionHandler): void;
  on(event: "icon:click", handler: () => void): void;
  off(event: "selection:update", handler: SelectionHandler): void;
  off(event: "icon:click", handler: () => void): void;
  openPanel(options: PanelRequest): Promise<{ waitForClose: () => Promise<undefined> }>;
}

/** An event the stand-in's ui takes, with its handler. */
type UiEvent = ["selection:update", SelectionHandler] | ["icon:click", () => void];

/** The ui, and what a test does and reads through it as Miro's board would. */
export interface StandInUiControl {
  ui: StandInUi;
  /** Clicks the app's icon in Miro's toolbar: runs every `icon:click` handler and waits for them. */
  clickIcon(): Promise<void>;
  /** Every panel asked for, in order. */
  readonly openedPanels: PanelRequest[];
}

/**
 * Where the stand-in shows an opened panel: a narrow frame at the board's left, as Miro's side
 * panel sits; its exact width in Miro is not known here.
 */
const PANEL_STYLE =
  "position:fixed;top:0;left:0;width:320px;height:100%;border:0;box-shadow:0 0 8px rgba(5,0,56,.12)";

/**
 * The ui calls of Miro's Web SDK the app's pages make, on top of an emulated board's selection
 * events. `openPanel` records the request and shows the page at `url` (relative to the calling
 * page, as in Miro) in an iframe, replacing the panel open before, as Miro keeps one panel.
 */
export function standInUi(board: MiroBoardApi, document: Document): StandInUiControl {
  const iconHandlers = new Set<() => void>();
  const openedPanels: PanelRequest[] = [];
  const ui: StandInUi = {
    on(...[event, handler]: UiEvent) {
      if (event === "icon:click") iconHandlers.add(handler);
      else board.ui.on(event, handler);
    },
    off(...[event, handler]: UiEvent) {
      if (event === "icon:click") iconHandlers.delete(handler);
      else board.ui.off(event, handler);
    },
    async openPanel(options) {
      openedPanels.push({ ...options });
      document.querySelector("iframe[data-miro-panel]")?.remove();
      const frame = document.createElement("iframe");
      frame.dataset.miroPanel = "";
      frame.title = "Miro app panel";
      frame.setAttribute("style", PANEL_STYLE);
      frame.src = new URL(options.url, document.baseURI).href;
      document.body.append(frame);
      return { waitForClose: async () => undefined };
    },
  };
  return {
    ui,
    openedPanels,
    async clickIcon() {
      // The SDK types a handler as returning void; the entry page's is async, so wait for what
      // it returns in case it is a promise.
      await Promise.all([...iconHandlers].map(async (handler) => handler()));
    },
  };
}
