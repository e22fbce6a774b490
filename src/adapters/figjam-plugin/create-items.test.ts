import { describe, expect, it } from "vitest";
import { readMark } from "../../core/board/app-items/read-mark";
import type { Progress } from "../../core/board/board-port";
import { IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { contractDraft as draft } from "../contract/board-harness";
import { FigJamEmulator, type FigJamFaults } from "./emulator/figjam-emulator";
import { FigJamPluginBoard } from "./figjam-plugin-board";
import type { FigJamPluginBoardOptions } from "./figjam-plugin-options";
import { seeded, testOptions } from "./figjam-test-kit";

function emulated(faults: FigJamFaults = {}, options: FigJamPluginBoardOptions = {}) {
  const emulator = new FigJamEmulator({ faults, random: seeded(7) });
  const board = new FigJamPluginBoard(emulator.api, testOptions(options).options);
  return { emulator, board };
}

/** The app's nodes that carry no mark: orphans no later run could tell from a person's. */
const unmarked = (emulator: FigJamEmulator) =>
  emulator
    .records()
    .filter((record) => record.origin === "app" && !readMark(parsed(record.shared)))
    .map((record) => record.id);

function parsed(shared: Record<string, Record<string, string>>): unknown {
  const raw = shared.journey_mapper?.mark;
  return raw === undefined ? null : JSON.parse(raw);
}

describe("FigJamPluginBoard creates", () => {
  it("makes each kind as FigJam's own node, at the draft's centre on the page, and marks it", async () => {
    const { board, emulator } = emulated();
    const created = await board.createItems([
      draft("stage", {
        kind: "frame",
        text: "Beställa",
        x: 2000,
        y: 1000,
        width: 1200,
        height: 900,
      }),
      draft("note", {
        kind: "sticky",
        fill: "figjam:red",
        parent: { ref: "stage" },
        x: 1800,
        y: 800,
      }),
      draft("card", {
        kind: "card",
        fill: "#B3F4EF",
        x: 2200,
        y: 1200,
        width: 640,
        height: 200,
        parent: { ref: "stage" },
      }),
      draft("label", { kind: "shape", fill: null, x: 500, y: 500, width: 300, height: 120 }),
      draft("title", {
        kind: "text",
        fill: null,
        x: 0,
        y: -300,
        width: 400,
        height: 80,
        style: { fontSize: 32, bold: true },
      }),
      draft("line", { kind: "connector", ends: { from: { ref: "note" }, to: { ref: "label" } } }),
    ]);
    const items = created.map((c) => c.item);
    expect(items.map((item) => [item.kind, item.platformType, item.fill])).toEqual([
      ["frame", "SECTION", "#FFFFFF"],
      ["sticky", "STICKY", "#FFB8A8"],
      ["sticky", "STICKY", "#B3F4EF"],
      ["shape", "SHAPE_WITH_TEXT", null],
      ["text", "TEXT", null],
      ["connector", "CONNECTOR", null],
    ]);
    const [stage, note, card, label, title, line] = items;
    expect(stage).toMatchObject({ text: "Beställa", x: 2000, y: 1000, width: 1200, height: 900 });
    expect(note).toMatchObject({ x: 1800, y: 800, width: 240, height: 240, parentId: stage?.id });
    expect(card).toMatchObject({ x: 2200, y: 1200, width: 416, height: 240, parentId: stage?.id });
    expect(label).toMatchObject({ text: "label", x: 500, y: 500, width: 300, height: 120 });
    expect(title).toMatchObject({ text: "title", x: 0, y: -300, width: 400 });
    expect(line?.ends).toEqual({ from: note?.id, to: label?.id });
    expect(await board.readItems({ kind: "board" })).toEqual(items);
    expect(items.map((item) => item.mark?.key)).toEqual(created.map((c) => `tidy-note:${c.ref}`));
    expect(unmarked(emulator)).toEqual([]);
  });

  it("loads each font once, before any text is written in it", async () => {
    const { board, emulator } = emulated();
    const drafts = Array.from({ length: 60 }, (_, n) =>
      draft(`d${n}`, { kind: n % 2 ? "sticky" : "text", x: n * 300, style: { bold: n % 3 === 0 } }),
    );
    await board.createItems(drafts);
    await board.createItems(drafts.slice(0, 5));
    const { perMethod, refusals } = emulator.meter;
    expect(refusals.refused).toBe(0);
    expect(perMethod.loadFontAsync).toBe(3);
    const nodes = emulator.records().filter((record) => record.type === "TEXT");
    expect(nodes).toHaveLength(33);
  });

  it("writes 300 notes in chunks that never hold FigJam for 50 ms, telling progress after each", async () => {
    const { board, emulator } = emulated();
    const progress: Progress[] = [];
    const drafts = Array.from({ length: 300 }, (_, n) =>
      draft(`n${n}`, {
        kind: "sticky",
        fill: "figjam:yellow",
        x: (n % 20) * 260,
        y: Math.floor(n / 20) * 260,
      }),
    );
    const created = await board.createItems(drafts, { onProgress: (p) => progress.push(p) });
    expect(created).toHaveLength(300);
    expect(emulator.longestBlockMs).toBeLessThan(50);
    expect(emulator.blockCount).toBeGreaterThanOrEqual(12);
    expect(progress.length).toBeGreaterThanOrEqual(12);
    expect(progress.at(-1)).toEqual({ done: 300, total: 300 });
    expect(progress.every((p, i) => i === 0 || p.done > (progress[i - 1]?.done ?? 0))).toBe(true);
  });

  it("stops a write whose call keeps failing, leaving no node unmarked, and says how far it got", async () => {
    const stops: unknown[] = [];
    for (const seed of [1, 2, 3, 4]) {
      const emulator = new FigJamEmulator({ faults: { failureRate: 0.05 }, random: seeded(seed) });
      const board = new FigJamPluginBoard(emulator.api, testOptions({ attempts: 1 }).options);
      const drafts = Array.from({ length: 40 }, (_, n) => draft(`d${n}`, { x: n * 150 }));
      const error = await board.createItems(drafts).catch((e: unknown) => e);
      stops.push(error);
      expect(error).toBeInstanceOf(IncompleteWriteError);
      expect((error as IncompleteWriteError).reason).toMatch(/Internal error/);
      expect(unmarked(emulator)).toEqual([]);
      expect(emulator.foreignChanges).toEqual([]);
    }
    expect(
      stops.map((error) => (error as IncompleteWriteError).done).some((done) => done > 0),
    ).toBe(true);
  });

  it("rides out failing calls by trying each again", async () => {
    const { board, emulator } = emulated({ failureRate: 0.05 });
    const drafts = Array.from({ length: 40 }, (_, n) => draft(`d${n}`, { x: n * 150 }));
    expect(await board.createItems(drafts)).toHaveLength(40);
    expect(emulator.meter.refusals.fault).toBeGreaterThan(0);
    expect(unmarked(emulator)).toEqual([]);
  });
});
