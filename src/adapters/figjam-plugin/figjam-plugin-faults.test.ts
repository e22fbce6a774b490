import { beforeAll, describe, expect, it } from "vitest";
import { readMark } from "../../core/board/app-items/read-mark";
import type { BoardItem } from "../../core/board/board-item";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import type { Journey } from "../../core/model/journey";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import type { TemplateSpecInput } from "../../core/template/template-spec";
import { startWorkshop } from "../../core/workshop/start-workshop";
import { writeBack } from "../../core/writeback/write-back";
import { generateBoard } from "../../corpus/generate-board";
import { FigJamEmulator, type FigJamFaults } from "./emulator/figjam-emulator";
import { FigJamPluginBoard } from "./figjam-plugin-board";
import type { FigJamPluginBoardOptions } from "./figjam-plugin-options";
import { seeded, testOptions } from "./figjam-test-kit";

const SPEC: TemplateSpecInput = {
  title: "Flytta bredband",
  stages: ["Upptäcka", "Beställa", "Installera"],
  lanes: ["step", "touchpoint", "emotion", "pain", "gain", "opportunity", "action"],
  language: "sv",
};

let users: BoardItem[] = [];
let journey: Journey;

beforeAll(async () => {
  const board = await generateBoard({
    kind: "frames",
    mess: "moderate",
    platform: "figjam",
    seed: 2,
    stages: 3,
    language: "sv",
    notesPerCell: 2,
  });
  users = board.items;
  journey = reconstructJourney(users, { platform: "figjam" }).journey;
});

/** An emulated board of the team's notes, with faults that can be turned off. */
function faultyBoard(seed: number, faults: FigJamFaults, options: FigJamPluginBoardOptions = {}) {
  const live: FigJamFaults = { ...faults };
  const emulator = new FigJamEmulator({ faults: live, random: seeded(seed) });
  emulator.addUserNodes(users);
  /** The plugin run again, as when the user runs the task again. */
  const panel = () => new FigJamPluginBoard(emulator.api, testOptions(options).options);
  const calm = () => {
    live.failureRate = 0;
    live.userEditRate = 0;
  };
  return { emulator, panel, calm };
}

/** The facilitator's work: the template, then the summaries, actions and curve. */
async function workshop(port: FigJamPluginBoard): Promise<string> {
  try {
    await startWorkshop(port, SPEC);
    await writeBack(port, journey, { parts: ["summaries", "actions", "curve"], language: "sv" });
    return "done";
  } catch (error) {
    if (error instanceof IncompleteWriteError) return error.name;
    if (error instanceof BoardUnavailableError) return error.name;
    throw error;
  }
}

/** The app's nodes by group, part and key; and nodes the app made that carry no mark. */
function appNodes(emulator: FigJamEmulator) {
  const keys: string[] = [];
  let orphans = 0;
  for (const record of emulator.records()) {
    const raw = record.shared.journey_mapper?.mark;
    const mark = raw === undefined ? null : readMark(JSON.parse(raw));
    if (mark) keys.push(`${mark.groupId} ${mark.part} ${mark.key}`);
    else if (record.origin === "app") orphans += 1;
  }
  return { keys: keys.sort(), orphans };
}

/** How many nodes a further run changes, which should find nothing left to do. */
async function changesOfAnotherRun(emulator: FigJamEmulator, port: FigJamPluginBoard) {
  const before = emulator.meter.nodeChanges;
  expect(await workshop(port)).toBe("done");
  return emulator.meter.nodeChanges - before;
}

let reference: string[] = [];

describe("FigJamPluginBoard on an emulated board with faults", () => {
  beforeAll(async () => {
    const { emulator, panel } = faultyBoard(1, {});
    expect(await workshop(panel())).toBe("done");
    reference = appNodes(emulator).keys;
  });

  it("writes the whole workshop on a calm board, every node the app made marked", () => {
    expect(reference.filter((key) => key.includes(" template ")).length).toBeGreaterThan(30);
    for (const part of ["summaries", "actions", "curve"]) {
      expect(reference.some((key) => key.includes(` ${part} `))).toBe(true);
    }
  });

  it("stops when calls keep failing, and a re-run finishes with one copy of everything", async () => {
    const stops: string[] = [];
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const { emulator, panel, calm } = faultyBoard(seed, { failureRate: 0.03 }, { attempts: 1 });
      stops.push(await workshop(panel()));
      expect(appNodes(emulator).orphans).toBe(0);
      calm();
      expect(await workshop(panel())).toBe("done");
      expect(appNodes(emulator)).toEqual({ keys: reference, orphans: 0 });
      expect(emulator.foreignChanges).toEqual([]);
      expect(await changesOfAnotherRun(emulator, panel())).toBe(0);
      expect(emulator.meter.refusals.fault).toBeGreaterThan(0);
    }
    expect(stops).toContain("IncompleteWriteError");
  });

  it("rides out failing calls by trying them again", async () => {
    const { emulator, panel } = faultyBoard(21, { failureRate: 0.05 });
    expect(await workshop(panel())).toBe("done");
    expect(appNodes(emulator)).toEqual({ keys: reference, orphans: 0 });
    expect(emulator.meter.refusals.fault).toBeGreaterThan(0);
  });

  it("changes no person's node while people edit the board mid-run, and a re-run repairs", async () => {
    const edits: string[] = [];
    for (const seed of [31, 32, 33, 34]) {
      const { emulator, panel, calm } = faultyBoard(seed, { userEditRate: 0.03 });
      await workshop(panel());
      edits.push(...emulator.userEdits);
      expect(emulator.foreignChanges).toEqual([]);
      calm();
      expect(await workshop(panel())).toBe("done");
      expect(appNodes(emulator)).toEqual({ keys: reference, orphans: 0 });
      expect(emulator.foreignChanges).toEqual([]);
      expect(await changesOfAnotherRun(emulator, panel())).toBe(0);
    }
    // People moved their notes, added notes (into the app's sections too) and deleted the app's.
    for (const kind of ["moved user sticky", "added user stick", "deleted app node"]) {
      expect(edits.some((edit) => edit.startsWith(kind))).toBe(true);
    }
  });

  it("changes nothing on a finished board, and makes no undo step for it", async () => {
    const { emulator, panel } = faultyBoard(41, {});
    const port = panel();
    await workshop(port);
    port.commitUndo();
    const before = { changes: emulator.meter.nodeChanges, steps: emulator.undoSteps.length };
    const again = panel();
    expect(await workshop(again)).toBe("done");
    again.commitUndo();
    expect(emulator.meter.nodeChanges).toBe(before.changes);
    expect(emulator.undoSteps).toHaveLength(before.steps);
  });

  it("makes each task one undo step", async () => {
    const { emulator } = faultyBoard(51, {});
    const { options, timer } = testOptions();
    const port = new FigJamPluginBoard(emulator.api, options);
    await startWorkshop(port, SPEC);
    timer.flush();
    await writeBack(port, journey, { parts: ["summaries", "actions", "curve"], language: "sv" });
    timer.flush();
    expect(emulator.undoSteps).toHaveLength(2);
    expect(emulator.uncommittedChanges).toBe(0);
  });
});
