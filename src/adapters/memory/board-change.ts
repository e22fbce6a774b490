/**
 * What changed on an in-memory board. App writes: `created`, `updated`, `removed` (one change
 * per batch, so a drawn board fills in as a real one does). Users: `user-added`, `moved`,
 * `text-edited`, `user-removed`, `selection`. And `view` (something was brought into view),
 * `board-data` and `restored` (the whole board was replaced).
 */
export type BoardChangeKind =
  | "created"
  | "updated"
  | "removed"
  | "user-added"
  | "moved"
  | "text-edited"
  | "user-removed"
  | "selection"
  | "view"
  | "board-data"
  | "restored";

/** One change, told to the board's change listeners after it happened. */
export interface BoardChange {
  /** Counts every change on the board; a drawing older than this version is stale. */
  readonly version: number;
  readonly kind: BoardChangeKind;
  /** The items the change touched; empty for the view, board data and a restore. */
  readonly ids: readonly string[];
}

/** Called after every change to the board. */
export type BoardChangeListener = (change: BoardChange) => void;
