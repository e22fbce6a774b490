/// <reference types="@figma/plugin-typings/plugin-api" />
import type { BoardItem } from "../../../core/board/board-item";
import type { FigmaPluginApi, FigmaSceneNode } from "../figma-api";
import { BlockMeter } from "./block-meter";
import { BoardState, type Notification } from "./board-state";
import { lookingGate, pluginGate } from "./call-gate";
import { CallMeter, type FigJamMeter } from "./call-meter";
import { emulatedFigma } from "./emulated-figma";
import { FaultDice, type FigJamFaults } from "./faults";
import type { SceneRecord, SharedData } from "./figjam-record";
import { DEFAULT_FONTS, FontBook } from "./font-book";
import { absoluteBox } from "./node-geometry";
import { randomUserEdit } from "./random-user-edit";
import { type FigmaUiSide, uiBridge } from "./ui-bridge";
import { UndoLog } from "./undo-log";
import { editText, moveNode, removeNode, selectNodes } from "./user-actions";
import { addUserNodes } from "./user-nodes";
import { viewCache } from "./view-cache";
import type { ViewContext } from "./view-context";

// The types the emulator's users need, from the one file they import.
export type { Notification } from "./board-state";
export type { FigJamMeter } from "./call-meter";
export type { FigJamFaults } from "./faults";
export type { FigJamRecord, SceneRecord } from "./figjam-record";
export type { FigmaUiSide, UiMessageEvent, UiMessageListener } from "./ui-bridge";

/** How the emulated FigJam behaves: its faults, randomness, clock, fonts and the app's mark. */
export interface FigJamEmulatorOptions {
  faults?: FigJamFaults;
  /** Seeded PRNG for reproducible fault runs; default Math.random. */
  random?: () => number;
  /** Modelled cost of each node the plugin creates, changes or removes, in ms; default 0.1. */
  costPerNodeMs?: number;
  /** The clock blocks are measured by; default `performance.now`. */
  now?: () => number;
  /** Where the app's mark lives: default namespace "journey_mapper", key "mark". */
  markNamespace?: string;
  markKey?: string;
  /** The fonts the file offers; default Inter Regular, Medium, Semi Bold and Bold. */
  fonts?: readonly FontName[];
}

/** A stored node with its box on the page. */
export type PlacedRecord = SceneRecord & { absoluteBoundingBox: Rect };

/**
 * FigJam's plugin API, emulated for tests, the playground and the benchmark: `api` is what the
 * plugin's main code gets, as it gets `figma` in FigJam, typed by FigJam's own typings. Its calls
 * are timed into blocks (`longestBlockMs`), counted and may be faulted; `uiSide` is the UI's end of
 * the message pair. The other members act as the people on the board (never timed, never
 * faulted) or look at it.
 */
export class FigJamEmulator {
  readonly api: FigmaPluginApi;
  readonly uiSide: FigmaUiSide;
  private readonly state: BoardState;
  private readonly blocks: BlockMeter;
  private readonly calls = new CallMeter();
  private readonly undo = new UndoLog();
  private readonly looking: ViewContext;

  constructor(options: FigJamEmulatorOptions = {}) {
    const random = options.random ?? Math.random;
    this.state = new BoardState({
      namespace: options.markNamespace ?? "journey_mapper",
      key: options.markKey ?? "mark",
    });
    let editsDue = 0;
    this.blocks = new BlockMeter(
      {
        costPerNodeMs: options.costPerNodeMs ?? 0.1,
        now: options.now ?? (() => performance.now()),
      },
      () => {
        for (; editsDue > 0; editsDue--) randomUserEdit(this.state, random);
      },
    );
    const gate = pluginGate({
      state: this.state,
      blocks: this.blocks,
      meter: this.calls,
      dice: new FaultDice(options.faults ?? {}, random),
      undo: this.undo,
      editDue: () => {
        editsDue++;
      },
    });
    const fonts = new FontBook(options.fonts ?? DEFAULT_FONTS);
    const ctx = viewCache(this.state, gate, fonts);
    const bridge = uiBridge(gate);
    this.api = emulatedFigma({ ctx, undo: this.undo, ui: bridge.main });
    this.uiSide = bridge.uiSide;
    this.looking = viewCache(this.state, lookingGate, fonts);
  }

  /** The longest stretch of the plugin's synchronous work between two yields to a timer, in ms. */
  get longestBlockMs(): number {
    return this.blocks.longestBlockMs;
  }

  /** How many blocks the plugin ran. */
  get blockCount(): number {
    return this.blocks.blocks;
  }

  /** The plugin's calls so far: counts by name, refusals, node changes. */
  get meter(): FigJamMeter {
    return this.calls;
  }

  /** The plugin's committed undo steps, each as its number of changes. */
  get undoSteps(): number[] {
    return [...this.undo.steps];
  }

  /** The plugin's changes since its last `commitUndo`. */
  get uncommittedChanges(): number {
    return this.undo.uncommitted;
  }

  /** Ids of nodes without the app's mark that a call of the plugin's changed, moved, re-parented or removed. */
  get foreignChanges(): string[] {
    return [...this.state.foreignChanges];
  }

  /** The random edits people made while the plugin yielded, in order. */
  get userEdits(): string[] {
    return [...this.state.userEdits];
  }

  /** What the plugin showed with `figma.notify`, in order. */
  get notifications(): Notification[] {
    return this.state.notifications.map((shown) => ({ ...shown }));
  }

  /** The region `scrollAndZoomIntoView` last showed, on the page, or null. */
  get lastView(): Rect | null {
    return this.state.lastView && { ...this.state.lastView };
  }

  /** The ids selected on the page. */
  get selection(): string[] {
    return [...this.state.selection];
  }

  /** Puts plain records on the page as people made them (centres on the page), ids kept; returns the ids. */
  addUserNodes(items: readonly BoardItem[]): string[] {
    return addUserNodes(this.state, items);
  }

  /** A person drags a node so its centre lands at (x, y) on the page. */
  moveNode(id: string, x: number, y: number): void {
    moveNode(this.state, id, x, y);
  }

  editText(id: string, text: string): void {
    editText(this.state, id, text);
  }

  /** As in FigJam: a section goes with what it holds. */
  removeNode(id: string): void {
    removeNode(this.state, id);
  }

  /** A person selects nodes; `selectionchange` handlers hear of it after the current task. */
  select(ids: readonly string[]): void {
    selectNodes(this.state, ids);
  }

  /** Every node on the page as stored, in document order, with its box on the page; copies. */
  records(): PlacedRecord[] {
    return this.state.store.all().map((record) => ({
      ...structuredClone(record),
      absoluteBoundingBox: absoluteBox(this.state.store, record),
    }));
  }

  /** Every node on the page as the plugin would see it, in document order, to look at: reads are not timed, writes throw. */
  nodes(): FigmaSceneNode[] {
    return this.state.store.all().map((record) => this.looking.sceneView(record));
  }

  /** The app's board-wide data: the document's shared plugin data, a copy. */
  boardData(): SharedData {
    return structuredClone(this.state.store.document.shared);
  }

  /** Calls the listener after every change, the plugin's or a person's; returns an unsubscribe. */
  onChange(listener: () => void): () => void {
    return this.state.onChange(listener);
  }
}
