import type { TagColor } from "@mirohq/websdk-types";
import type { BoardItem } from "../../../core/board/board-item";
import type { MiroBoardApi, MiroItem, MiroRect } from "../miro-api";
import { BoardState } from "./board-state";
import { CallRunner } from "./call-runner";
import { CreditMeter, type MiroMeter } from "./credit-meter";
import { emulatedBoard } from "./emulated-board";
import { FaultDice, type MiroFaults } from "./faults";
import type { MiroRecord } from "./miro-record";
import { randomUserEdit } from "./random-user-edit";
import { editText, moveItem, removeItem } from "./user-actions";
import { addUserItems, addUserTag, tagItem } from "./user-items";

// The types the emulator's users need, from the one file they import.
export type { MiroMeter } from "./credit-meter";
export type { MiroFaults } from "./faults";
export type { MiroRecord } from "./miro-record";

/** How the emulated Miro behaves: its latency, limits, faults and randomness. */
export interface MiroEmulatorOptions {
  /** Per call, default 0; calls run concurrently (no queue). */
  latencyMs?: number;
  /** Default 100_000 (Miro's published limit). */
  creditsPerMinute?: number;
  /** Default 1_000_000. */
  creditsPerHour?: number;
  /** The "minute" window, default 60_000 (tests shrink it); the hour is 60 windows. */
  windowMs?: number;
  faults?: MiroFaults;
  /** Seeded PRNG for reproducible fault runs; default Math.random. */
  random?: () => number;
  /** The clock the credit windows are measured by; default Date.now. */
  now?: () => number;
  /** The metadata key a record's mark is stored under by `addUserItems`; default "mark". */
  markKey?: string;
}

/**
 * Miro's Web SDK, emulated for tests, the playground and the benchmark: `board` is what the
 * adapter gets, as it gets `miro.board` in Miro, typed by the SDK's own typings; every call on it
 * takes its latency, is metered in credits and may be faulted. The other methods act as the
 * people on the board (never metered, never faulted) or look at it.
 */
export class MiroEmulator {
  readonly board: MiroBoardApi;
  private readonly view: (record: MiroRecord) => MiroItem;
  private readonly state = new BoardState();
  private readonly credits: CreditMeter;
  private readonly markKey: string;

  constructor(options: MiroEmulatorOptions = {}) {
    const random = options.random ?? Math.random;
    const windowMs = options.windowMs ?? 60_000;
    this.markKey = options.markKey ?? "mark";
    this.credits = new CreditMeter(
      {
        perWindow: options.creditsPerMinute ?? 100_000,
        perHour: options.creditsPerHour ?? 1_000_000,
        windowMs,
      },
      options.now ?? Date.now,
    );
    const runner = new CallRunner({
      latencyMs: options.latencyMs ?? 0,
      meter: this.credits,
      dice: new FaultDice(options.faults ?? {}, random),
      userEdit: () => randomUserEdit(this.state, random),
    });
    ({ board: this.board, view: this.view } = emulatedBoard(this.state, runner));
  }

  /** The app's calls so far: counts, credits, the sliding minute's peak, rejections. */
  get meter(): MiroMeter {
    return this.credits;
  }

  /** Ids of items without this app's metadata that an app call changed, moved, re-parented or removed. */
  get foreignChanges(): string[] {
    return [...this.state.foreignChanges];
  }

  /** The random edits people made during the app's calls, in order. */
  get userEdits(): string[] {
    return [...this.state.userEdits];
  }

  /** The region last brought into view (top-left corner, as Miro's viewport gives it), or null. */
  get lastView(): MiroRect | null {
    return this.state.lastView && { ...this.state.lastView };
  }

  /** Puts plain records on the board as people made them, ids kept; returns the ids. */
  addUserItems(items: readonly BoardItem[]): string[] {
    return addUserItems(this.state, items, this.markKey);
  }

  /** Puts a tag on the board as a person would; returns its id. */
  addUserTag(title: string, color: `${TagColor}` = "blue"): string {
    return addUserTag(this.state, title, color);
  }

  /** A person tags an item (a sticky note or a card) with tags on the board. */
  tagItem(id: string, tagIds: readonly string[]): void {
    tagItem(this.state, id, tagIds);
  }

  /** A person drags an item so its centre lands at (x, y) on the board. */
  moveItem(id: string, x: number, y: number): void {
    moveItem(this.state, id, x, y);
  }

  editText(id: string, text: string): void {
    editText(this.state, id, text);
  }

  /** As in Miro, a frame goes with its contents, an item with its connectors. */
  removeItem(id: string): void {
    removeItem(this.state, id);
  }

  /** A person selects items; `selection:update` handlers hear of it after this returns. */
  select(ids: readonly string[]): void {
    const { store } = this.state;
    this.state.selection = ids.filter((id) => store.get(id) !== undefined);
    const items = this.state.selection.flatMap((id) => {
      const record = store.get(id);
      return record ? [this.view(record)] : [];
    });
    setTimeout(() => {
      for (const handler of [...this.state.selectionHandlers]) handler({ items });
    }, 0);
  }

  /** Every item as stored, in creation order: board coordinates of centres, metadata, origin. */
  records(): MiroRecord[] {
    return structuredClone(this.state.store.all());
  }

  /**
   * Every item as the SDK would hand it over (a frame child's position relative to its frame),
   * beside its stored record, unmetered: for drawing the emulated board.
   */
  views(): { record: MiroRecord; view: MiroItem }[] {
    return this.state.store
      .all()
      .map((record) => ({ record: structuredClone(record), view: this.view(record) }));
  }

  /** The ids people have selected. */
  get selection(): string[] {
    return [...this.state.selection];
  }

  /** The app's board-wide data, a copy. */
  appData(): Record<string, unknown> {
    return structuredClone(Object.fromEntries(this.state.appData));
  }

  /** Calls the listener after every change, the app's or a person's; returns an unsubscribe. */
  onChange(listener: () => void): () => void {
    return this.state.onChange(listener);
  }
}
