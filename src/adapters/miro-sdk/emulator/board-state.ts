import type { AppDataValue } from "@mirohq/websdk-types";
import type { MiroRect, SelectionHandler } from "../miro-api";
import { ItemStore } from "./item-store";
import { isAppItem, type MiroRecord } from "./miro-record";

/**
 * Everything the emulated board holds besides the calls: its items, the app's board-wide data,
 * what people have selected, the last view, and the logs the emulator reports from.
 */
export class BoardState {
  readonly store = new ItemStore();
  readonly appData = new Map<string, AppDataValue>();
  readonly selectionHandlers = new Set<SelectionHandler>();
  selection: string[] = [];
  /** The region last brought into view, top-left corner first, as Miro's viewport gives it. */
  lastView: MiroRect | null = null;
  readonly foreignChanges: string[] = [];
  readonly userEdits: string[] = [];
  private readonly listeners = new Set<() => void>();

  /**
   * Told before an app call changes these records: those that are not the app's (no metadata of
   * its own, not made by `board.create*`) are logged in `foreignChanges`, once each.
   */
  appTouches(records: readonly MiroRecord[]): void {
    for (const record of records) {
      if (!isAppItem(record) && !this.foreignChanges.includes(record.id)) {
        this.foreignChanges.push(record.id);
      }
    }
  }

  /** Tells the listeners the board changed. */
  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
