import { describe, expect, it } from "vitest";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import {
  CancelledError,
  HoldsUserItemsError,
  MissingItemError,
  NotAppOwnedError,
} from "../../core/board/ownership";
import { da } from "../words/da";
import { en } from "../words/en";
import { errorText, reportText } from "../words/report-text";
import { sv } from "../words/sv";
import { describeError, isCancel } from "./panel-error";
import { initialPanelState } from "./panel-state";
import { createStore } from "./store";
import { createTaskRunner } from "./task-runner";

/** The remote port's timeout, known to the panel by name only. */
class BoardTimeoutError extends Error {
  override name = "BoardTimeoutError";
}

describe("errors in plain words", () => {
  it("names each of the port's errors by its class, with what to do", () => {
    const said = (error: unknown) => errorText(en, describeError(error));
    expect(said(new NotAppOwnedError(["n1"]))).toMatch(
      /only changes what it created.*Nothing was changed/,
    );
    expect(said(new MissingItemError(["n1"]))).toMatch(/no longer on the board.*Analyse again/);
    expect(said(new HoldsUserItemsError("f1", ["n1"]))).toMatch(
      /Move those notes out of the frame/,
    );
    expect(said(new BoardTimeoutError("no answer after 10000 ms"))).toBe(
      "The board did not answer in time. Check that the board is still open, then try again.",
    );
    expect(said(new Error("socket closed."))).toBe(
      "Something went wrong: socket closed. Try again; if it keeps happening, reload the panel.",
    );
    expect(said(new BoardUnavailableError("API rate limit exceeded: try again later"))).toBe(
      "The board is not answering just now (or is asking the app to slow down). Wait a minute, then try again.",
    );
    expect(sv.errors["board-unavailable"]).toMatch(/^Tavlan svarar inte just nu .* Vänta en minut/);
    expect(da.errors["board-unavailable"]).toMatch(/^Tavlen svarer ikke lige nu .* Vent et minut/);
    expect(sv.errors["holds-user-items"]).toMatch(/Flytta ut lapparna ur ramen/);
    expect(da.errors.timeout).toMatch(/Tavlen svarede ikke i tide/);
  });

  it("says how much of a write the board took, and that running it again finishes it", () => {
    const error = describeError(new IncompleteWriteError(37, 120, "API rate limit exceeded"));
    expect(error).toMatchObject({ kind: "incomplete-write", done: 37, total: 120 });
    expect(errorText(en, error)).toBe(
      "The board stopped taking changes. 37 of 120 changes were made; run the same task again to finish it.",
    );
    expect(errorText(sv, error)).toBe(
      "Tavlan slutade ta emot ändringar. 37 av 120 ändringar gjordes; kör samma sak igen så blir det klart.",
    );
    expect(errorText(da, error)).toBe(
      "Tavlen holdt op med at tage imod ændringer. 37 af 120 ændringer blev lavet; kør det samme igen, så bliver det færdigt.",
    );
  });

  it("asks for the copies to be deleted by hand when the board would not remove them", () => {
    const error = describeError(new IncompleteWriteError(3, 9, "Internal error", ["a1", "b2"]));
    expect(error).toMatchObject({ done: 3, total: 9, unmarked: 2 });
    expect(errorText(en, error)).toBe(
      "The board stopped taking changes. 3 of 9 changes were made; run the same task again to finish it. 2 new items could not be removed when it stopped and no longer count as the app's: delete the extra copies yourself.",
    );
    const one = describeError(new IncompleteWriteError(0, 1, "Internal error", ["a1"]));
    expect(errorText(sv, one)).toMatch(/ 1 nytt objekt gick inte att ta bort .* själv\.$/);
    expect(errorText(da, one)).toMatch(/ 1 nyt element kunne ikke fjernes, .* kopier\.$/);
  });

  it("never shows a stack trace, only the first line of a message", () => {
    const error = new Error("first line\n    at secret (file.ts:1:1)");
    const text = errorText(en, describeError(error));
    expect(text).toContain("first line");
    expect(text).not.toContain("at secret");
    expect(describeError("a".repeat(500)).message.length).toBeLessThanOrEqual(200);
    expect(describeError({ weird: true })).toEqual({ kind: "unknown", message: "" });
  });

  it("takes the user's Cancel as a stop, said as a report and not as an alert", async () => {
    expect(isCancel(new CancelledError(3))).toBe(true);
    const store = createStore(initialPanelState("sv"));
    const tasks = createTaskRunner(store);
    await tasks.run("summaries", async () => {
      throw new CancelledError(3);
    });
    const { report, error } = store.get();
    expect(error).toBeNull();
    expect(report && reportText(en, report)).toBe(
      "Stopped. What was written stays; run it again to finish.",
    );
    expect(report && reportText(sv, report)).toMatch(/^Stoppat\./);
  });
});
