import { readMark } from "../../../core/board/app-items/read-mark";
import type { BoardItem, Rect } from "../../../core/board/board-item";
import { boardItemOf } from "../board-item-of-view";
import { isBoardItem, isTag } from "../miro-item-types";
import type { MiroEmulator } from "./miro-emulator";

/** A change as a drawn board tells it: "view", "selection", or "changed" for anything else. */
export interface DrawnChange {
  readonly kind: "view" | "selection" | "changed";
  readonly ids: readonly string[];
}

/**
 * The emulated Miro board as the playground draws it: its items read as the adapter reads them
 * (the same reader, marks from the items' metadata), without a metered call; what people do on
 * the drawn board goes to the emulator as their edits. Fits the board view's DrawnBoard.
 */
export class DrawnEmulator {
  readonly platform = "miro" as const;
  private items: Map<string, BoardItem> | null = null;
  private lastView: string | null = null;
  private readonly listeners = new Set<(change: DrawnChange) => void>();

  constructor(private readonly emulator: MiroEmulator) {
    emulator.onChange(() => {
      this.items = null;
      const view = JSON.stringify(emulator.lastView);
      if (view !== this.lastView) {
        this.lastView = view;
        this.tell({ kind: "view", ids: [] });
      }
      this.tell({ kind: "changed", ids: [] });
    });
  }

  all(): BoardItem[] {
    return [...this.byId().values()];
  }

  get(id: string): BoardItem | undefined {
    return this.byId().get(id);
  }

  /** The region the app last brought into view, top-left corner first, as Miro's viewport has it. */
  get view(): Rect | null {
    return this.emulator.lastView;
  }

  get selection(): readonly string[] {
    return this.emulator.selection;
  }

  /** A person's selection: the emulator tells the app (`selection:update`), the view redraws. */
  set selection(ids: readonly string[]) {
    this.emulator.select(ids);
    this.tell({ kind: "selection", ids: [] });
  }

  /** Tells every change: a new view when the app brought one into view, else the whole board. */
  onChange(listener: (change: DrawnChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  moveItem(id: string, x: number, y: number): void {
    this.emulator.moveItem(id, x, y);
  }

  editText(id: string, text: string): void {
    this.emulator.editText(id, text);
  }

  removeItem(id: string): void {
    this.emulator.removeItem(id);
  }

  private tell(change: DrawnChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private byId(): Map<string, BoardItem> {
    if (this.items) return this.items;
    const entries = this.emulator.views();
    const tags = new Map(
      entries.flatMap(({ view }) => (isTag(view) ? [[view.id, view.title] as const] : [])),
    );
    this.items = new Map(
      entries.flatMap(({ record, view }) => {
        if (!isBoardItem(view) || !("x" in record)) return [];
        const item = boardItemOf(view, {
          centre: { x: record.x, y: record.y },
          mark: readMark(record.metadata.mark),
          tagTitle: (tagId) => tags.get(tagId),
        });
        return [[item.id, item] as const];
      }),
    );
    return this.items;
  }
}
