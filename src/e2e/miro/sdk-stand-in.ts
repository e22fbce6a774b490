import { readBoardFile } from "../../adapters/board-file/read-board-file";
import {
  MiroEmulator,
  type MiroMeter,
  type MiroRecord,
} from "../../adapters/miro-sdk/emulator/miro-emulator";
import sample from "../../apps/playground/sample/flytta-bredband.json";
import { type PanelRequest, standInUi } from "./stand-in-ui";

/** What a call to the emulated board takes: enough for progress to show and pages to paint. */
const LATENCY_MS = 10;

/** What a test reads and does on a page that loaded the stand-in, as `window.miroStandIn`. */
export interface MiroStandIn {
  /** Clicks the app's icon in Miro's toolbar and waits for the app's handlers. */
  clickIcon(): Promise<void>;
  /** The panels the page asked Miro for, in order. */
  readonly openedPanels: PanelRequest[];
  /** Every item on this page's emulated board, as stored. */
  records(): MiroRecord[];
  /** The app's calls so far, a copy. */
  meter(): MiroMeter;
  /** Items of the people's that an app call changed: must stay empty. */
  foreignChanges(): string[];
}

declare global {
  interface Window {
    miroStandIn?: MiroStandIn;
  }
}

/** The meter's figures as plain data (its per-method and rejection counts are getters). */
function meterCopy(meter: MiroMeter): MiroMeter {
  return {
    calls: meter.calls,
    credits: meter.credits,
    perMethod: { ...meter.perMethod },
    rejections: { ...meter.rejections },
    peakCreditsPerMinute: meter.peakCreditsPerMinute,
    inFlight: meter.inFlight,
    maxInFlight: meter.maxInFlight,
  };
}

/**
 * Stands in for Miro's SDK script (`miro.js`) in the browser tests of the built Miro app: puts
 * `miro` on the page, its board the Miro emulator holding the playground's sample board, plus the
 * ui calls the app's pages make. Every page that loads it gets a board of its own: the panel's
 * is the one the app works on, as the entry page only opens the panel.
 */
function installStandIn(): void {
  const read = readBoardFile(sample);
  if (!read.ok) throw new Error(`The sample board does not read: ${read.error}`);
  const emulator = new MiroEmulator({ latencyMs: LATENCY_MS });
  emulator.addUserItems(read.value.items);
  const { ui, clickIcon, openedPanels } = standInUi(emulator.board, document);
  // Not `window.miro = ...`: the SDK's typings declare the whole of Miro's client there, and the
  // app's pages use only this part of it.
  Object.defineProperty(window, "miro", {
    value: { board: { ...emulator.board, ui }, clientVersion: "stand-in" },
    configurable: true,
  });
  window.miroStandIn = {
    clickIcon,
    openedPanels,
    records: () => emulator.records(),
    meter: () => meterCopy(emulator.meter),
    foreignChanges: () => emulator.foreignChanges,
  };
}

installStandIn();
