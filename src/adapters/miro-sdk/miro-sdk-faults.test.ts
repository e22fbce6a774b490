import { beforeAll, describe, expect, it } from "vitest";
import { readMark } from "../../core/board/app-items/read-mark";
import type { BoardItem } from "../../core/board/board-item";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { CancelledError } from "../../core/board/ownership";
import type { Journey } from "../../core/model/journey";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import type { TemplateSpecInput } from "../../core/template/template-spec";
import { startWorkshop } from "../../core/workshop/start-workshop";
import { writeBack } from "../../core/writeback/write-back";
import { generateBoard } from "../../corpus/generate-board";
import { contractDraft } from "../contract/board-harness";
import { seeded } from "./emulator/emulator-test-kit";
import { MiroEmulator, type MiroFaults } from "./emulator/miro-emulator";
import { MiroSdkBoard } from "./miro-sdk-board";
import type { MiroSdkBoardOptions } from "./miro-sdk-options";
import { virtualClock } from "./miro-sdk-test-kit";

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
    platform: "miro",
    seed: 3,
    stages: 3,
    language: "sv",
    notesPerCell: 2,
  });
  users = board.items;
  journey = reconstructJourney(users, { platform: "miro" }).journey;
});

/** An emulated board of the team's notes, with faults that can be turned off, on a virtual clock. */
function faultyBoard(seed: number, faults: MiroFaults, options: MiroSdkBoardOptions = {}) {
  const clock = virtualClock();
  const live: MiroFaults = { ...faults };
  const emulator = new MiroEmulator({ faults: live, random: seeded(seed), now: clock.now });
  emulator.addUserItems(users);
  const random = seeded(seed + 1000);
  /** A new panel on the board: a new adapter, as when the user runs the task again. */
  const panel = () =>
    new MiroSdkBoard(emulator.board, { now: clock.now, sleep: clock.sleep, random, ...options });
  const calm = () => {
    live.failureRate = 0;
    live.rateLimitBurstRate = 0;
    live.userEditRate = 0;
  };
  return { emulator, clock, panel, calm };
}

/**
 * The facilitator's work: the template, then the summaries, actions and curve. Says "done", or
 * how it stopped: an incomplete write, or another call (a read, the view) Miro gave up on.
 */
async function workshop(port: MiroSdkBoard): Promise<string> {
  try {
    await startWorkshop(port, SPEC);
    await writeBack(port, journey, { parts: ["summaries", "actions", "curve"], language: "sv" });
    return "done";
  } catch (error) {
    if (error instanceof IncompleteWriteError) return error.name;
    if (error instanceof BoardUnavailableError) return "gave up";
    throw error;
  }
}

/** The app's items on the board by group, part and key; and items the app made but never marked. */
function appItems(emulator: MiroEmulator) {
  const keys: string[] = [];
  let orphans = 0;
  for (const record of emulator.records()) {
    if (record.type === "tag") continue;
    const mark = readMark(record.metadata.mark);
    if (mark) keys.push(`${mark.groupId} ${mark.part} ${mark.key}`);
    else if (record.origin === "app") orphans += 1;
  }
  return { keys: keys.sort(), orphans };
}

let reference: string[] = [];

describe("MiroSdkBoard on an emulated board with faults", () => {
  beforeAll(async () => {
    const { emulator, panel } = faultyBoard(1, {});
    expect(await workshop(panel())).toBe("done");
    reference = appItems(emulator).keys;
  });

  it("finishes a workshop through failing calls and rate-limit bursts, or a re-run does", async () => {
    const stops: string[] = [];
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const { emulator, panel, calm } = faultyBoard(
        seed,
        { failureRate: 0.04, rateLimitBurstRate: 0.02, rateLimitBurstLength: 5 },
        { retries: 1, giveUpAfterMs: 3000 },
      );
      stops.push(await workshop(panel()));
      calm();
      expect(await workshop(panel())).toBe("done");
      const { keys, orphans } = appItems(emulator);
      expect(keys).toEqual(reference);
      expect(orphans).toBe(0);
      expect(emulator.foreignChanges).toEqual([]);
      const { rateLimit, failure } = emulator.meter.rejections;
      expect(rateLimit).toBeGreaterThan(0);
      expect(failure).toBeGreaterThan(0);
    }
    // The faults were hard enough that some first runs stopped and told the user to run again.
    expect(stops).toContain("IncompleteWriteError");
    expect(stops).toContain("done");
  });

  it("rides out the faults without stopping when it may retry as long as Miro allows", async () => {
    const { emulator, panel } = faultyBoard(21, {
      failureRate: 0.04,
      rateLimitBurstRate: 0.02,
      rateLimitBurstLength: 5,
    });
    expect(await workshop(panel())).toBe("done");
    expect(appItems(emulator)).toEqual({ keys: reference, orphans: 0 });
    expect(emulator.meter.rejections.rateLimit).toBeGreaterThan(0);
  });

  it("changes no user's item while people edit the board mid-run, and a re-run repairs", async () => {
    for (const seed of [31, 32, 33]) {
      const { emulator, panel, calm } = faultyBoard(seed, { userEditRate: 0.03 });
      await workshop(panel());
      expect(emulator.userEdits.some((edit) => edit.startsWith("deleted app item"))).toBe(true);
      calm();
      expect(await workshop(panel())).toBe("done");
      expect(appItems(emulator)).toEqual({ keys: reference, orphans: 0 });
      expect(emulator.foreignChanges).toEqual([]);
    }
  });

  it("a run on a finished board writes nothing, and finds its items anew", async () => {
    const { emulator, panel } = faultyBoard(41, {});
    await workshop(panel());
    const before = emulator.meter.perMethod;
    expect(await workshop(panel())).toBe("done");
    const after = emulator.meter.perMethod;
    // Syncs too: the plan asks no item for a side Miro works out itself (a text's height), so a
    // finished board has nothing left to patch.
    const writes = Object.keys(after).filter(
      (method) =>
        /^(create|remove$|item\.(setMetadata|sync)|frame\.)/.test(method) &&
        after[method] !== before[method],
    );
    expect(writes).toEqual([]);
    expect(after["item.getMetadata"]).toBeGreaterThan(before["item.getMetadata"] ?? 0);
  });

  it("paces its calls to the credit budget of a shrunk window, never hitting the limit", async () => {
    const clock = virtualClock();
    const limits = { creditsPerMinute: 1000, windowMs: 1000 };
    const emulator = new MiroEmulator({ ...limits, now: clock.now });
    const port = new MiroSdkBoard(emulator.board, {
      ...limits,
      budgetShare: 0.9,
      now: clock.now,
      sleep: clock.sleep,
    });
    await startWorkshop(port, { stages: ["Ett", "Två"], lanes: ["step", "pain"] });
    const { calls, peakCreditsPerMinute, rejections } = emulator.meter;
    expect(calls).toBeGreaterThan(36);
    expect(rejections.rateLimit).toBe(0);
    expect(peakCreditsPerMinute).toBeLessThanOrEqual(900);
    // 18 calls a window at most: the run took at least as many windows as that needs.
    expect(clock.time).toBeGreaterThanOrEqual(Math.floor((calls - 1) / 18) * 1000);
  });

  it("stops during a rate limit's backoff when cancelled, leaving nothing half made", async () => {
    const clock = virtualClock();
    const signal = { aborted: false };
    const faults: MiroFaults = {};
    const emulator = new MiroEmulator({ faults, random: seeded(5), now: clock.now });
    const port = new MiroSdkBoard(emulator.board, {
      now: clock.now,
      sleep: async (ms) => {
        await clock.sleep(ms);
        signal.aborted = true;
      },
    });
    const board = await port.readItems({ kind: "board" });
    const plan = await port.findEmptySpace({ x: 0, y: 0, width: 100, height: 100 });
    expect([board, plan.width]).toEqual([[], 100]);
    // From here on Miro refuses every call for its rate limit, until the user cancels.
    Object.assign(faults, { rateLimitBurstRate: 1, rateLimitBurstLength: 1000 });
    const drafts = Array.from({ length: 10 }, (_, n) => contractDraft(`d${n}`, { x: n * 200 }));
    const error = await port.createItems(drafts, { signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).done).toBe(0);
    expect(emulator.records()).toEqual([]);
    expect(emulator.meter.rejections.rateLimit).toBe(6);
  });
});
