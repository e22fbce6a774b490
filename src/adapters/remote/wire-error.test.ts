import { describe, expect, it } from "vitest";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { CancelledError, HoldsUserItemsError, NotAppOwnedError } from "../../core/board/ownership";
import { WireErrorSchema } from "./port-messages";
import { fromWireError, toWireError } from "./wire-error";

/** An error sent over the wire and raised again on the other side. */
const roundTrip = (error: unknown) => fromWireError(WireErrorSchema.parse(toWireError(error)));

describe("wire errors", () => {
  it("carries an incomplete write with its counts and reason", () => {
    const sent = new IncompleteWriteError(37, 120, "API rate limit exceeded");
    const received = roundTrip(sent);
    expect(received).toBeInstanceOf(IncompleteWriteError);
    expect(received).toMatchObject({ done: 37, total: 120, reason: "API rate limit exceeded" });
    expect(received.message).toBe(sent.message);
    const left = roundTrip(new IncompleteWriteError(1, 3, "Internal error", ["a1"]));
    expect(left).toMatchObject({ done: 1, total: 3, unmarkedIds: ["a1"] });
  });

  it("raises the port's other errors again as their own classes", () => {
    expect(roundTrip(new CancelledError(4))).toMatchObject({ name: "CancelledError", done: 4 });
    expect(roundTrip(new NotAppOwnedError(["a"]))).toBeInstanceOf(NotAppOwnedError);
    expect(roundTrip(new HoldsUserItemsError("f", ["u"]))).toMatchObject({
      containerId: "f",
      itemIds: ["u"],
    });
    const unavailable = roundTrip(new BoardUnavailableError("API rate limit exceeded"));
    expect(unavailable).toBeInstanceOf(BoardUnavailableError);
    expect(unavailable).toMatchObject({ reason: "API rate limit exceeded" });
    expect(roundTrip(new Error("socket closed")).message).toBe("socket closed");
  });
});
