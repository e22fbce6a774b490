import { inBatches } from "../../core/board/batches";
import type { BoardItem, Rect } from "../../core/board/board-item";
import type {
  BatchOptions,
  BoardDataKey,
  BoardPort,
  BoardScope,
  CreatedItem,
  ItemDraft,
  ItemPatch,
  ItemRef,
  SelectionListener,
  ViewTarget,
} from "../../core/board/board-port";
import { assertAppOwned, HoldsUserItemsError, isAppOwned } from "../../core/board/ownership";
import type { Platform } from "../../core/colour/named-colour";
import { NAMED_COLOUR_IDS, type NamedColourId, platformName } from "../../core/colour/named-colour";
import { hexOf } from "../../core/colour/swatches";

const PLATFORM_TYPE: Record<ItemDraft["kind"], Record<Platform, string>> = {
  sticky: { miro: "sticky_note", figjam: "STICKY" },
  shape: { miro: "shape", figjam: "SHAPE_WITH_TEXT" },
  text: { miro: "text", figjam: "TEXT" },
  frame: { miro: "frame", figjam: "SECTION" },
  card: { miro: "card", figjam: "STICKY" },
  connector: { miro: "connector", figjam: "CONNECTOR" },
};

export interface InMemoryBoardOptions {
  platform?: Platform;
  /** Items already on the board, users' notes among them. */
  items?: readonly BoardItem[];
  batchSize?: number;
}

/**
 * A board held in memory: the board of the tests, the CLI and the playground. It keeps the
 * port's contract to the letter, so what passes here holds for the platform adapters too.
 */
export class InMemoryBoard implements BoardPort {
  readonly platform: Platform;
  private readonly items = new Map<string, BoardItem>();
  private readonly batchSize: number | undefined;
  private readonly boardData = new Map<BoardDataKey, unknown>();
  private readonly selectionListeners = new Set<SelectionListener>();
  private nextId = 1;
  private selected: string[] = [];
  /** The region last brought into view; the playground scrolls to it. */
  view: Rect | null = null;

  constructor(options: InMemoryBoardOptions = {}) {
    this.platform = options.platform ?? "miro";
    this.batchSize = options.batchSize;
    for (const item of options.items ?? []) this.items.set(item.id, structuredClone(item));
  }

  /** The ids the user has selected, in the order they were picked. */
  get selection(): string[] {
    return [...this.selected];
  }

  /** Selects items as the user would, and tells the listeners. */
  set selection(ids: readonly string[]) {
    this.selected = ids.filter((id) => this.items.has(id));
    for (const listener of this.selectionListeners) listener([...this.selected]);
  }

  /** Puts items on the board as a user would: unmarked. For tests and the playground. */
  addUserItems(items: readonly BoardItem[]): void {
    for (const item of items) this.items.set(item.id, { ...structuredClone(item), mark: null });
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
        return this.selected.flatMap((id) => {
          const item = this.get(id);
          return item ? [item] : [];
        });
      case "container":
        return this.all().filter((item) => this.isInside(item, scope.id));
    }
  }

  async createItems(drafts: readonly ItemDraft[], options?: BatchOptions): Promise<CreatedItem[]> {
    const idsByRef = new Map<string, string>();
    return inBatches(
      drafts,
      async (batch) =>
        batch.map((draft) => {
          const parentId = this.parentIdOf(draft, idsByRef);
          const item: BoardItem = {
            id: `mem-${this.nextId++}`,
            kind: draft.kind,
            platformType: PLATFORM_TYPE[draft.kind][this.platform],
            text: draft.text,
            fill: this.storedFill(draft.fill, draft.kind),
            x: draft.x,
            y: draft.y,
            width: draft.width,
            height: draft.height,
            rotation: 0,
            parentId,
            mark: { ...draft.mark },
            ...(draft.style ? { style: { ...draft.style } } : {}),
            ...(draft.kind === "card"
              ? { due: draft.due ?? null, status: draft.status ?? "to-do" }
              : {}),
            ...(draft.ends
              ? {
                  ends: {
                    from: this.idOf(draft.ends.from, idsByRef),
                    to: this.idOf(draft.ends.to, idsByRef),
                  },
                }
              : {}),
          };
          this.items.set(item.id, item);
          idsByRef.set(draft.ref, item.id);
          return { ref: draft.ref, item: structuredClone(item) };
        }),
      { size: this.batchSize, onProgress: options?.onProgress, signal: options?.signal },
    );
  }

  async updateItems(patches: readonly ItemPatch[], options?: BatchOptions): Promise<BoardItem[]> {
    assertAppOwned(
      patches.map((patch) => patch.id),
      (id) => this.items.get(id),
    );
    return inBatches(
      patches,
      async (batch) =>
        batch.map((patch) => {
          const { id, ...given } = patch;
          // An absent field and one given as undefined alike leave the item as it is.
          const changes = Object.fromEntries(
            Object.entries(given).filter(([, value]) => value !== undefined),
          ) as Omit<ItemPatch, "id">;
          const item = this.items.get(id) as BoardItem;
          const fill =
            "fill" in changes ? { fill: this.storedFill(changes.fill ?? null, item.kind) } : {};
          const updated = { ...item, ...changes, ...fill };
          this.items.set(id, updated);
          return structuredClone(updated);
        }),
      { size: this.batchSize, onProgress: options?.onProgress, signal: options?.signal },
    );
  }

  async removeItems(ids: readonly string[], options?: BatchOptions): Promise<void> {
    assertAppOwned(ids, (id) => this.items.get(id));
    const removing = new Set(ids);
    for (const id of ids) {
      const held = [...this.items.values()].filter(
        (item) => this.isInside(item, id) && !isAppOwned(item) && !removing.has(item.id),
      );
      if (held.length > 0)
        throw new HoldsUserItemsError(
          id,
          held.map((item) => item.id),
        );
    }
    await inBatches(
      ids,
      async (batch) => {
        for (const id of batch) {
          this.items.delete(id);
          // The app's own items that sat inside stay on the board, where they were.
          for (const [childId, child] of this.items) {
            if (child.parentId === id) this.items.set(childId, { ...child, parentId: null });
          }
        }
        return batch;
      },
      { size: this.batchSize, onProgress: options?.onProgress, signal: options?.signal },
    );
    if (this.selected.some((id) => !this.items.has(id))) this.selection = this.selected;
  }

  async bringIntoView(target: ViewTarget): Promise<void> {
    if ("rect" in target) {
      this.view = { ...target.rect };
      return;
    }
    const items = target.ids.flatMap((id) => this.items.get(id) ?? []);
    if (items.length === 0) return;
    const left = Math.min(...items.map((i) => i.x - i.width / 2));
    const top = Math.min(...items.map((i) => i.y - i.height / 2));
    const right = Math.max(...items.map((i) => i.x + i.width / 2));
    const bottom = Math.max(...items.map((i) => i.y + i.height / 2));
    this.view = { x: left, y: top, width: right - left, height: bottom - top };
  }

  async findEmptySpace(want: Rect): Promise<Rect> {
    const margin = 100;
    const overlaps = (rect: Rect) =>
      [...this.items.values()].some(
        (item) =>
          item.parentId === null &&
          Math.abs(item.x - (rect.x + rect.width / 2)) < (item.width + rect.width) / 2 + margin &&
          Math.abs(item.y - (rect.y + rect.height / 2)) < (item.height + rect.height) / 2 + margin,
      );
    // Steps right of whatever is in the way, as Miro's findEmptySpace places beside content.
    const rect = { ...want };
    for (let step = 0; step < 10_000 && overlaps(rect); step++) rect.x += margin;
    return rect;
  }

  async readBoardData(key: BoardDataKey): Promise<unknown> {
    return structuredClone(this.boardData.get(key) ?? null);
  }

  async writeBoardData(key: BoardDataKey, value: unknown): Promise<void> {
    this.boardData.set(key, structuredClone(value));
  }

  onSelectionChange(listener: SelectionListener): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  private isInside(item: BoardItem, containerId: string): boolean {
    let parentId = item.parentId;
    const seen = new Set<string>();
    while (parentId !== null && !seen.has(parentId)) {
      if (parentId === containerId) return true;
      seen.add(parentId);
      parentId = this.items.get(parentId)?.parentId ?? null;
    }
    return false;
  }

  /** An item a draft refers to: one on the board, or one created earlier in the batch. */
  private idOf(ref: ItemRef, idsByRef: Map<string, string>): string {
    const id = "id" in ref ? ref.id : idsByRef.get(ref.ref);
    if (id === undefined || !this.items.has(id)) {
      throw new Error(`no item ${"id" in ref ? ref.id : ref.ref} on the board to connect`);
    }
    return id;
  }

  private parentIdOf(draft: ItemDraft, idsByRef: Map<string, string>): string | null {
    if (draft.parent === null) return null;
    if ("id" in draft.parent) {
      if (this.items.get(draft.parent.id)?.kind !== "frame") {
        throw new Error(`draft ${draft.ref}: no frame ${draft.parent.id} on the board to hold it`);
      }
      return draft.parent.id;
    }
    const id = idsByRef.get(draft.parent.ref);
    if (!id)
      throw new Error(`draft ${draft.ref}: container ${draft.parent.ref} is not created first`);
    return id;
  }

  /** Stores fills as the platform would: Miro keeps sticky colours by name, all else is a fill. */
  private storedFill(fill: string | null, kind: BoardItem["kind"]): string | null {
    if (fill === null || !(NAMED_COLOUR_IDS as string[]).includes(fill)) return fill;
    const named = fill as NamedColourId;
    return this.platform === "miro" && kind === "sticky" ? platformName(named) : hexOf(named);
  }
}
