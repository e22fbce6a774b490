import type { BoardItem, Rect } from "../../core/board/board-item";
import type {
  BatchOptions,
  BoardDataKey,
  BoardPort,
  BoardScope,
  CreatedItem,
  ItemDraft,
  ItemPatch,
  SelectionListener,
  ViewTarget,
} from "../../core/board/board-port";
import {
  assertAppOwned,
  HoldsUserItemsError,
  isAppOwned,
  MissingItemError,
} from "../../core/board/ownership";
import type { Platform } from "../../core/colour/named-colour";
import type { BoardChangeKind, BoardChangeListener } from "./board-change";
import { boundsOf, freeRectNear } from "./board-geometry";
import { BOARD_DATA_KEYS, type BoardSnapshot, nextIdAfter } from "./board-snapshot";
import { contentsOf } from "./containment";
import { itemFromDraft, linksOf, patched } from "./item-from-draft";
import { pacedBatches } from "./paced-batches";
import { deletedWith, dragged } from "./user-edits";

export interface InMemoryBoardOptions {
  platform?: Platform;
  /** Items already on the board, users' notes among them. */
  items?: readonly BoardItem[];
  batchSize?: number;
  /**
   * Awaited before each batch of a write: the playground slows writes to a real board's pace,
   * and a test holds a batch back to cancel between batches.
   */
  pace?: () => Promise<void>;
}

/**
 * A board held in memory: the board of the tests, the CLI and the playground. It keeps the
 * port's contract to the letter, so what passes here holds for the platform adapters too. Its
 * users' edits (`moveItem`, `editText`, `removeItem`, `addUserItems`, `selection`) may touch any
 * item, as people on a board can; every change is told to `onChange` listeners.
 */
export class InMemoryBoard implements BoardPort {
  readonly platform: Platform;
  private readonly items = new Map<string, BoardItem>();
  private readonly batchSize: number | undefined;
  private readonly pace: (() => Promise<void>) | undefined;
  private readonly boardData = new Map<BoardDataKey, unknown>();
  private readonly selectionListeners = new Set<SelectionListener>();
  private readonly changeListeners = new Set<BoardChangeListener>();
  private nextId = 1;
  private changes = 0;
  private selected: string[] = [];
  private lastView: Rect | null = null;

  constructor(options: InMemoryBoardOptions = {}) {
    this.platform = options.platform ?? "miro";
    this.batchSize = options.batchSize;
    this.pace = options.pace;
    for (const item of options.items ?? []) this.items.set(item.id, structuredClone(item));
  }

  /** Counts the changes so far; the `version` of the last change told to listeners. */
  get version(): number {
    return this.changes;
  }

  /** The region last brought into view; the playground pans and zooms to it. */
  get view(): Rect | null {
    return this.lastView && { ...this.lastView };
  }

  /** The ids the user has selected, in the order they were picked. */
  get selection(): string[] {
    return [...this.selected];
  }

  /** Selects items as the user would, and tells the listeners. */
  set selection(ids: readonly string[]) {
    this.selected = ids.filter((id) => this.items.has(id));
    for (const listener of this.selectionListeners) listener([...this.selected]);
    this.emit("selection", this.selected);
  }

  /** Puts items on the board as a user would: unmarked. For tests and the playground. */
  addUserItems(items: readonly BoardItem[]): void {
    for (const item of items) this.items.set(item.id, { ...structuredClone(item), mark: null });
    this.emit(
      "user-added",
      items.map((item) => item.id),
    );
  }

  /** Every item, in the order it was added. */
  all(): BoardItem[] {
    return [...this.items.values()].map((item) => structuredClone(item));
  }

  get(id: string): BoardItem | undefined {
    const item = this.items.get(id);
    return item && structuredClone(item);
  }

  async readItems(scope: BoardScope): Promise<BoardItem[]> {
    switch (scope.kind) {
      case "board":
        return this.all();
      case "selection":
        return this.selected.flatMap((id) => this.get(id) ?? []);
      case "container":
        return contentsOf(this.items, scope.id).map((item) => structuredClone(item));
    }
  }

  async createItems(drafts: readonly ItemDraft[], options?: BatchOptions): Promise<CreatedItem[]> {
    const idsByRef = new Map<string, string>();
    return this.write(drafts, "created", options, (draft) => {
      const links = linksOf(draft, idsByRef, this.items);
      const id = `mem-${this.nextId++}`;
      const item = itemFromDraft(draft, { id, platform: this.platform, ...links });
      this.items.set(id, item);
      idsByRef.set(draft.ref, id);
      return { id, result: { ref: draft.ref, item: structuredClone(item) } };
    });
  }

  async updateItems(patches: readonly ItemPatch[], options?: BatchOptions): Promise<BoardItem[]> {
    assertAppOwned(
      patches.map((patch) => patch.id),
      (id) => this.items.get(id),
    );
    return this.write(patches, "updated", options, (patch) => {
      const updated = patched(this.items.get(patch.id) as BoardItem, patch, this.platform);
      this.items.set(patch.id, updated);
      return { id: patch.id, result: structuredClone(updated) };
    });
  }

  async removeItems(ids: readonly string[], options?: BatchOptions): Promise<void> {
    assertAppOwned(ids, (id) => this.items.get(id));
    const removing = new Set(ids);
    for (const id of ids) {
      const held = contentsOf(this.items, id).filter(
        (item) => !isAppOwned(item) && !removing.has(item.id),
      );
      if (held.length > 0)
        throw new HoldsUserItemsError(
          id,
          held.map((item) => item.id),
        );
    }
    try {
      await this.write(ids, "removed", options, (id) => {
        this.items.delete(id);
        // The app's own items that sat inside stay on the board, where they were.
        for (const [childId, child] of this.items) {
          if (child.parentId === id) this.items.set(childId, { ...child, parentId: null });
        }
        return { id, result: id };
      });
    } finally {
      // A cancelled removal has removed some items too; none of them stays selected.
      this.dropRemovedFromSelection();
    }
  }

  async bringIntoView(target: ViewTarget): Promise<void> {
    const rect =
      "rect" in target
        ? { ...target.rect }
        : boundsOf(target.ids.flatMap((id) => this.items.get(id) ?? []));
    if (!rect) return;
    this.lastView = rect;
    this.emit("view", []);
  }

  async findEmptySpace(want: Rect): Promise<Rect> {
    return freeRectNear(want, [...this.items.values()]);
  }

  async readBoardData(key: BoardDataKey): Promise<unknown> {
    return structuredClone(this.boardData.get(key) ?? null);
  }

  async writeBoardData(key: BoardDataKey, value: unknown): Promise<void> {
    this.boardData.set(key, structuredClone(value));
    this.emit("board-data", []);
  }

  onSelectionChange(listener: SelectionListener): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Listens for every change to the board (see BoardChange); returns the way to stop. */
  onChange(listener: BoardChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Moves an item's centre to (x, y) as a user's drag does (see `dragged`). */
  moveItem(id: string, x: number, y: number): void {
    const item = this.items.get(id);
    if (!item) throw new MissingItemError([id]);
    const moved = dragged(this.items, item, x, y);
    for (const m of moved) this.items.set(m.id, m);
    this.emit(
      "moved",
      moved.map((m) => m.id),
    );
  }

  /** Changes an item's text as a user typing on the board does. */
  editText(id: string, text: string): void {
    const item = this.items.get(id);
    if (!item) throw new MissingItemError([id]);
    this.items.set(id, { ...item, text });
    this.emit("text-edited", [id]);
  }

  /** Deletes an item as a user does, with what goes along with it (see `deletedWith`). */
  removeItem(id: string): void {
    if (!this.items.has(id)) throw new MissingItemError([id]);
    const gone = deletedWith(this.items, id);
    for (const goneId of gone) this.items.delete(goneId);
    this.emit("user-removed", [...gone]);
    this.dropRemovedFromSelection();
  }

  /** The board as JSON-safe data: items, the app's board data and the selection. */
  snapshot(): BoardSnapshot {
    const boardData = Object.fromEntries(
      [...this.boardData].map(([key, value]) => [key, structuredClone(value)]),
    );
    return {
      schemaVersion: 1,
      platform: this.platform,
      items: this.all(),
      boardData,
      selection: this.selection,
      nextId: this.nextId,
    };
  }

  /** Replaces the whole board with a snapshot of one of the same platform (parseBoardSnapshot). */
  restore(snapshot: BoardSnapshot): void {
    if (snapshot.platform !== this.platform) {
      throw new Error(`the saved board is a ${snapshot.platform} board, this one ${this.platform}`);
    }
    this.items.clear();
    for (const item of snapshot.items) this.items.set(item.id, structuredClone(item));
    this.boardData.clear();
    for (const key of BOARD_DATA_KEYS) {
      const value = snapshot.boardData[key];
      if (value !== undefined) this.boardData.set(key, structuredClone(value));
    }
    this.nextId = nextIdAfter(snapshot);
    this.lastView = null;
    this.emit("restored", []);
    this.selection = snapshot.selection;
  }

  /** Writes in paced batches and tells the change listeners after each batch. */
  private write<T, R>(
    entries: readonly T[],
    kind: BoardChangeKind,
    options: BatchOptions | undefined,
    apply: (entry: T) => { id: string; result: R },
  ): Promise<R[]> {
    return pacedBatches(entries, apply, {
      ...options,
      size: this.batchSize,
      pace: this.pace,
      onBatch: (ids) => this.emit(kind, ids),
    });
  }

  private emit(kind: BoardChangeKind, ids: readonly string[]): void {
    this.changes += 1;
    const change = { version: this.changes, kind, ids: [...ids] };
    for (const listener of this.changeListeners) listener(change);
  }

  private dropRemovedFromSelection(): void {
    if (this.selected.some((id) => !this.items.has(id))) this.selection = this.selected;
  }
}
