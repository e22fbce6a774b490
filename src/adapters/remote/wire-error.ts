import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import {
  CancelledError,
  HoldsUserItemsError,
  MissingItemError,
  NotAppOwnedError,
} from "../../core/board/ownership";
import type { WireError } from "./port-messages";

/** An error as the host sends it: its name, message and the fields its class carries. */
export function toWireError(error: unknown): WireError {
  if (error instanceof NotAppOwnedError || error instanceof MissingItemError) {
    return { name: error.name, message: error.message, itemIds: [...error.itemIds] };
  }
  if (error instanceof HoldsUserItemsError) {
    const { name, message, containerId, itemIds } = error;
    return { name, message, containerId, itemIds: [...itemIds] };
  }
  if (error instanceof CancelledError) {
    return { name: error.name, message: error.message, done: error.done };
  }
  if (error instanceof IncompleteWriteError) {
    const { name, message, done, total, reason, unmarkedIds } = error;
    return { name, message, done, total, reason, itemIds: [...unmarkedIds] };
  }
  if (error instanceof BoardUnavailableError) {
    return { name: error.name, message: error.message, reason: error.reason };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/**
 * The error the panel raises for one the host sent: the port's own classes again, so callers
 * tell them apart as they would beside the board; any other as a plain Error with its message.
 */
export function fromWireError(wire: WireError): Error {
  const itemIds = wire.itemIds ?? [];
  switch (wire.name) {
    case "NotAppOwnedError":
      return new NotAppOwnedError(itemIds);
    case "MissingItemError":
      return new MissingItemError(itemIds);
    case "HoldsUserItemsError":
      return new HoldsUserItemsError(wire.containerId ?? "", itemIds);
    case "CancelledError":
      return new CancelledError(wire.done ?? 0);
    case "IncompleteWriteError":
      return new IncompleteWriteError(wire.done ?? 0, wire.total ?? 0, wire.reason ?? "", itemIds);
    case "BoardUnavailableError":
      return new BoardUnavailableError(wire.reason ?? "");
    default:
      return new Error(wire.message);
  }
}
