import type { BoardItem, Rect } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";

/** One change to the board, as far as the drawn board cares: what kind, and which items. */
export interface DrawnBoardChange {
  readonly kind: string;
  readonly ids: readonly string[];
}

/**
 * The board the view draws and edits: the in-memory board fits it. The view reads items and
 * the last region brought into view, sets the selection, and makes users' edits; it never
 * writes as the app (that is the panel's job, through the port).
 */
export interface DrawnBoard {
  readonly platform: Platform;
  /** Every item, in board order (later is drawn on top). */
  all(): BoardItem[];
  /** One item, or undefined when it is not on the board. */
  get(id: string): BoardItem | undefined;
  /** The region the app last brought into view, or null. */
  readonly view: Rect | null;
  /** The user's selection; setting it tells the board's selection listeners (the panel). */
  get selection(): readonly string[];
  set selection(ids: readonly string[]);
  onChange(listener: (change: DrawnBoardChange) => void): () => void;
  /** A user's drag: a frame takes its contents along. */
  moveItem(id: string, x: number, y: number): unknown;
  /** A user's edit of an item's text. */
  editText(id: string, text: string): unknown;
  /** A user's delete: a frame goes with its contents, a connector with its ends. */
  removeItem(id: string): unknown;
}
