import { describe, expect, it } from "vitest";
import { EMPTY_HEADER } from "../core/model/workshop-header";
import type { BoardJourney } from "../core/reconstruct/read-board";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { journeyList, pickJourney } from "./pick-journey";

/** A journey of that title whose notes are in Swedish. */
const journey = (title: string | null) =>
  ({
    title,
    journey: {
      header: EMPTY_HEADER,
      stages: [],
      lanes: [],
      notes: ["Kunden väntar på svar", "Det tar för lång tid"].map((text) => ({ text })),
    },
  }) as unknown as BoardJourney;
const board = [journey("Idag"), journey(null), journey("Målbild")];

function io(): { err: string[]; io: CliIo } {
  const err: string[] = [];
  return { err, io: { stdout: () => {}, stderr: (text) => void err.push(text) } };
}

describe("pickJourney", () => {
  it("picks by number counted from 1, or by title in any case", () => {
    expect(pickJourney(board, "3", io().io)).toBe(board[2]);
    expect(pickJourney(board, " målbild ", io().io)).toBe(board[2]);
  });

  it("takes the first without a choice, and says so on standard error in the board's language", () => {
    const many = io();
    expect(pickJourney(board, undefined, many.io)).toBe(board[0]);
    expect(many.err).toEqual([
      'journey-mapper: obs: tavlan rymmer 3 kundresor (1 "Idag", 2 (utan titel), 3 "Målbild"); det här är kundresa 1 (välj en annan med --journey N eller --journey TITEL)\n',
    ]);
    const one = io();
    expect(pickJourney([board[0] as BoardJourney], undefined, one.io)).toBe(board[0]);
    expect(one.err).toEqual([]);
  });

  it("says so in the language asked for", () => {
    const english = io();
    pickJourney(board, undefined, english.io, "en");
    expect(english.err).toEqual([
      'journey-mapper: note: the board holds 3 journeys (1 "Idag", 2 (untitled), 3 "Målbild"); this is journey 1 (pick another with --journey N or --journey TITLE)\n',
    ]);
    const danish = io();
    pickJourney(board.slice(1), undefined, danish.io, "da");
    expect(danish.err).toEqual([
      'journey-mapper: bemærk: tavlen rummer 2 kunderejser (1 (uden titel), 2 "Målbild"); dette er kunderejse 1 (vælg en anden med --journey N eller --journey TITEL)\n',
    ]);
  });

  it("refuses a choice that names no journey with a usage error listing them", () => {
    expect(() => pickJourney(board, "4", io().io)).toThrow(CliError);
    expect(() => pickJourney(board, "Imorgon", io().io)).toThrow(/"Imorgon" is not a journey/);
    expect(() => pickJourney([journey("Idag\u001b[2J")], "\u001b]0;x\u0007", io().io)).toThrow(
      '--journey: "\\u{1b}]0;x\\u{7}" is not a journey on this board, which holds one; leave --journey out',
    );
    expect(() => pickJourney(board, "4", io().io)).toThrow(
      '--journey: "4" is not a journey on this board; give the number or title of one of: 1 "Idag", 2 (untitled), 3 "Målbild"',
    );
  });
});

describe("journeyList", () => {
  it("numbers the journeys and quotes their titles", () => {
    expect(journeyList(board)).toBe('1 "Idag", 2 (untitled), 3 "Målbild"');
  });
});
