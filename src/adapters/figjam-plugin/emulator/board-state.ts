/// <reference types="@figma/plugin-typings/plugin-api" />
import { type FigJamRecord, isScene, type SceneRecord } from "./figjam-record";
import { NodeStore } from "./node-store";

/** Where the app keeps its mark on a node: a shared plugin data namespace and key. */
export interface MarkPlace {
  namespace: string;
  key: string;
}

/** A notification the plugin showed with `figma.notify`. */
export interface Notification {
  message: string;
  error: boolean;
  cancelled: boolean;
}

/**
 * Everything the emulated document holds besides the calls: its nodes, the selection, the
 * notifications and the last view, and the logs the emulator reports from.
 */
export class BoardState {
  readonly store = new NodeStore();
  readonly selectionHandlers = new Set<() => void>();
  selection: string[] = [];
  readonly notifications: Notification[] = [];
  /** The region last brought into view, top-left corner first, or null. */
  lastView: Rect | null = null;
  readonly foreignChanges: string[] = [];
  readonly userEdits: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(readonly mark: MarkPlace) {}

  /** Whether a node is the app's: made by `figma.create*`, or carrying its mark. */
  isAppNode(record: SceneRecord): boolean {
    return record.origin === "app" || Boolean(record.shared[this.mark.namespace]?.[this.mark.key]);
  }

  /**
   * Told before a call of the plugin's changes these nodes: the scene nodes that are not the
   * app's are logged in `foreignChanges`, once each (the page and the document are no one's).
   */
  appTouches(records: readonly FigJamRecord[]): void {
    for (const record of records) {
      if (isScene(record) && !this.isAppNode(record) && !this.foreignChanges.includes(record.id)) {
        this.foreignChanges.push(record.id);
      }
    }
  }

  /** Tells `selectionchange` handlers, after the current task, as FigJam does. */
  selectionChanged(): void {
    setTimeout(() => {
      for (const handler of [...this.selectionHandlers]) handler();
    }, 0);
  }

  /** Tells the listeners the document changed. */
  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
