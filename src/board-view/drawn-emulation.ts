import type { BoardItem, Rect } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import type { DrawnBoard, DrawnBoardChange } from "./drawn-board";

/**
 * An emulated platform as the playground draws it: its items read as that platform's adapter
 * reads them, and the people's edits it takes. Each emulator folder gives one.
 */
export interface EmulatedBoard {
  readonly platform: Platform;
  /** Every item, in board order, read without a metered or timed call. */
  items(): BoardItem[];
  /** The region the app last brought into view, top-left corner first, or null. */
  readonly lastView: Rect | null;
  readonly selection: readonly string[];
  select(ids: readonly string[]): void;
  move(id: string, x: number, y: number): void;
  editText(id: string, text: string): void;
  remove(id: string): void;
  onChange(listener: () => void): () => void;
}

/**
 * The drawn board over an emulated platform: what the app writes through the real adapter shows
 * as it lands, and what people do on the drawn board goes to the emulator as their edits.
 */
export class DrawnEmulation implements DrawnBoard {
  readonly platform: Platform;
  private items: Map<string, BoardItem> | null = null;
  private lastView: string | null = null;
  private readonly listeners = new Set<(change: DrawnBoardChange) => void>();

  constructor(private readonly board: EmulatedBoard) {
    this.platform = board.platform;
    board.onChange(() => {
      this.items = null;
      const view = JSON.stringify(board.lastView);
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

  get view(): Rect | null {
    return this.board.lastView;
  }

  get selection(): readonly string[] {
    return this.board.selection;
  }

  /** A person's selection: the platform tells the app, the view redraws. */
  set selection(ids: readonly string[]) {
    this.board.select(ids);
    this.tell({ kind: "selection", ids: [] });
  }

  onChange(listener: (change: DrawnBoardChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  moveItem(id: string, x: number, y: number): void {
    this.board.move(id, x, y);
  }

  editText(id: string, text: string): void {
    this.board.editText(id, text);
  }

  removeItem(id: string): void {
    this.board.remove(id);
  }

  private tell(change: DrawnBoardChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private byId(): Map<string, BoardItem> {
    this.items ??= new Map(this.board.items().map((item) => [item.id, item]));
    return this.items;
  }
}
