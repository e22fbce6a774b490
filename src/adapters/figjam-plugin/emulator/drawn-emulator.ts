import type { BoardItem, Rect } from "../../../core/board/board-item";
import { boardItemOfNode, READ_TYPES } from "../node-record";
import { tableCells } from "../table-cells";
import type { FigJamEmulator } from "./figjam-emulator";

/** A change as a drawn board tells it: "view", "selection", or "changed" for anything else. */
export interface DrawnChange {
  readonly kind: "view" | "selection" | "changed";
  readonly ids: readonly string[];
}

const DRAWN = new Set<string>(READ_TYPES);

/**
 * The emulated FigJam file as the playground draws it: its nodes read as the adapter reads them
 * (the same reader, marks from shared plugin data), without a timed call; what people do on the
 * drawn board goes to the emulator as their edits. Fits the board view's DrawnBoard.
 */
export class DrawnFigJam {
  readonly platform = "figjam" as const;
  private items: Map<string, BoardItem> | null = null;
  private lastView: string | null = null;
  private readonly listeners = new Set<(change: DrawnChange) => void>();

  constructor(private readonly emulator: FigJamEmulator) {
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

  /** The region the plugin last scrolled into view, top-left corner first. */
  get view(): Rect | null {
    return this.emulator.lastView;
  }

  get selection(): readonly string[] {
    return this.emulator.selection;
  }

  /** A person's selection: FigJam tells the plugin ("selectionchange"), the view redraws. */
  set selection(ids: readonly string[]) {
    this.emulator.select(ids);
    this.tell({ kind: "selection", ids: [] });
  }

  onChange(listener: (change: DrawnChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  moveItem(id: string, x: number, y: number): void {
    this.emulator.moveNode(id, x, y);
  }

  editText(id: string, text: string): void {
    this.emulator.editText(id, text);
  }

  removeItem(id: string): void {
    this.emulator.removeNode(id);
  }

  private tell(change: DrawnChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private byId(): Map<string, BoardItem> {
    if (this.items) return this.items;
    const records = this.emulator
      .nodes()
      .filter((node) => DRAWN.has(node.type))
      .flatMap((node) => {
        const item = boardItemOfNode(node);
        return node.type === "TABLE" ? [item, ...tableCells(node)] : [item];
      });
    this.items = new Map(records.map((item) => [item.id, item]));
    return this.items;
  }
}
