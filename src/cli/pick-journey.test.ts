import { describe, expect, it } from "vitest";
import type { BoardJourney } from "../core/reconstruct/read-board";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { journeyList, pickJourney } from "./pick-journey";

const journey = (title: string | null) => ({ title }) as BoardJourney;
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

  it("takes the first without a choice, and says so on standard error when there are more", () => {
    const many = io();
    expect(pickJourney(board, undefined, many.io)).toBe(board[0]);
    expect(many.err.join("")).toContain(
      'the board holds 3 journeys (1 "Idag", 2 (untitled), 3 "Målbild")',
    );
    const one = io();
    expect(pickJourney([board[0] as BoardJourney], undefined, one.io)).toBe(board[0]);
    expect(one.err).toEqual([]);
  });

  it("refuses a choice that names no journey with a usage error listing them", () => {
    expect(() => pickJourney(board, "4", io().io)).toThrow(CliError);
    expect(() => pickJourney(board, "Imorgon", io().io)).toThrow(/"Imorgon" is not a journey/);
  });
});

describe("journeyList", () => {
  it("numbers the journeys and quotes their titles", () => {
    expect(journeyList(board)).toBe('1 "Idag", 2 (untitled), 3 "Målbild"');
  });
});
