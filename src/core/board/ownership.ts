import type { BoardItem } from "./board-item";

/** Whether the app created the item (it carries the app's mark). */
export function isAppOwned(item: BoardItem): boolean {
  return item.mark !== null;
}

/** Raised when a change would touch an item the app does not own. Nothing has been changed. */
export class NotAppOwnedError extends Error {
  constructor(readonly itemIds: readonly string[]) {
    super(
      `journey-mapper only changes items it created; ${itemIds.length} requested item(s) are not its own (${itemIds.slice(0, 5).join(", ")})`,
    );
    this.name = "NotAppOwnedError";
  }
}

/** Raised when a change names an item that is not on the board. */
export class MissingItemError extends Error {
  constructor(readonly itemIds: readonly string[]) {
    super(`no item on the board with id ${itemIds.slice(0, 5).join(", ")}`);
    this.name = "MissingItemError";
  }
}

/**
 * Checks a whole batch before any of it is applied: every id must be on the board and the app's.
 * `find` looks an id up on the board.
 */
export function assertAppOwned(
  ids: readonly string[],
  find: (id: string) => BoardItem | undefined,
): void {
  const missing = ids.filter((id) => !find(id));
  if (missing.length > 0) throw new MissingItemError(missing);
  const foreign = ids.filter((id) => {
    const item = find(id);
    return item !== undefined && !isAppOwned(item);
  });
  if (foreign.length > 0) throw new NotAppOwnedError(foreign);
}

/**
 * Raised when removing one of the app's containers would take users' items with it (a user
 * dropped notes into the app's frame). Nothing has been removed.
 */
export class HoldsUserItemsError extends Error {
  constructor(
    readonly containerId: string,
    readonly itemIds: readonly string[],
  ) {
    super(
      `journey-mapper keeps its frame ${containerId}: it holds ${itemIds.length} item(s) that are not the app's (${itemIds.slice(0, 5).join(", ")}); move them out first`,
    );
    this.name = "HoldsUserItemsError";
  }
}

/** Raised when the user cancelled a task; what was written before stays, and a re-run finishes it. */
export class CancelledError extends Error {
  constructor(readonly done: number) {
    super(`cancelled after ${done} change(s); run the task again to finish it`);
    this.name = "CancelledError";
  }
}
