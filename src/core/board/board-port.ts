import type { Platform } from "../colour/named-colour";
import type { AppMark } from "./app-items/app-mark";
import type { BoardItem, ItemStyle, Rect } from "./board-item";

/** Where to read: the whole board, what the user selected, or one frame or section. */
export type BoardScope =
  | { kind: "board" }
  | { kind: "selection" }
  | { kind: "container"; id: string };

/** The kinds of item the app creates. */
export type DraftKind = "sticky" | "shape" | "text" | "frame" | "card" | "connector";

/** An item by its id on the board, or by the ref of a draft earlier in the same batch. */
export type ItemRef = { ref: string } | { id: string };

/** An item the app is about to create. Positions are board coordinates of the centre. */
export interface ItemDraft {
  /** Names the draft within its batch, so later drafts can sit inside it. */
  ref: string;
  kind: DraftKind;
  text: string;
  /** A named colour id (`miro:red`), a `#RRGGBB` fill, or null for none. */
  fill: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A container created earlier in the same batch, or one already on the board. */
  parent: ItemRef | null;
  mark: AppMark;
  style?: ItemStyle;
  /** For a card: its due date and task status. */
  due?: string | null;
  status?: "to-do" | "in-progress" | "done";
  /** For a connector: the items it joins. */
  ends?: { from: ItemRef; to: ItemRef };
}

/** A change to an item the app owns; absent fields stay as they are. */
export interface ItemPatch {
  id: string;
  text?: string;
  fill?: string | null;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  due?: string | null;
}

export interface Progress {
  done: number;
  total: number;
}

/** The part of an AbortSignal the core needs; the core has no DOM types. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface BatchOptions {
  onProgress?: (progress: Progress) => void;
  /**
   * Stops the work between calls once `aborted` is true (an AbortSignal fits): what was written
   * stays, the call rejects with a `CancelledError`, and a re-run of the task finishes the work.
   */
  signal?: CancelSignal;
}

export interface CreatedItem {
  ref: string;
  item: BoardItem;
}

export type ViewTarget = { ids: readonly string[] } | { rect: Rect };

/** Board-wide values the app keeps for everyone on the board (Miro app data, FigJam plugin data). */
export type BoardDataKey = "legend" | "last-template";

/** Called with the ids of the items the user has selected whenever the selection changes. */
export type SelectionListener = (ids: readonly string[]) => void;

/**
 * The one way the app reaches a board. Every platform adapter implements it; the in-memory
 * board is its first implementation. Contract for all of them:
 * - reads return plain records in board coordinates, with `mark` set only on the app's items;
 * - writes come in batches and report progress after each batch;
 * - `updateItems` and `removeItems` refuse, before changing anything, any item without the app's
 *   mark (NotAppOwnedError), and `removeItems` refuses an app container that holds users' items
 *   (HoldsUserItemsError): a user's note is never changed, moved or removed.
 */
export interface BoardPort {
  readonly platform: Platform;
  readItems(scope: BoardScope): Promise<BoardItem[]>;
  createItems(drafts: readonly ItemDraft[], options?: BatchOptions): Promise<CreatedItem[]>;
  updateItems(patches: readonly ItemPatch[], options?: BatchOptions): Promise<BoardItem[]>;
  removeItems(ids: readonly string[], options?: BatchOptions): Promise<void>;
  bringIntoView(target: ViewTarget): Promise<void>;
  /**
   * A free region of the board of the wanted size, as near the wanted place as the board allows.
   * Both rects have x and y at the top-left corner.
   */
  findEmptySpace(want: Rect): Promise<Rect>;
  /** A value the app kept on this board, or null; the caller validates it against its schema. */
  readBoardData(key: BoardDataKey): Promise<unknown>;
  /** Keeps a JSON value on this board for the app, for every person who opens it. */
  writeBoardData(key: BoardDataKey, value: unknown): Promise<void>;
  /** Listens for selection changes; returns the function that stops listening. */
  onSelectionChange(listener: SelectionListener): () => void;
}
