// The in-process half of bench:speed: reading a board file's parsed JSON into its journeys
// (readBoardFile, then readBoard, as the command line and the panel do) next to JSON.parse of the
// same text, with the collector's share, cold and after warming up.
import { PerformanceObserver } from "node:perf_hooks";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import type { Platform } from "../core/colour/named-colour";
import { median } from "../core/reconstruct/intervals";
import { readBoard } from "../core/reconstruct/read-board";
import { generateBoard } from "../corpus/generate-board";

/** Timed runs of each board, after warming up. */
export const RUNS = Number(process.env.RUNS ?? 15);
/** Warm-up: the code is compiled and optimised before anything is timed, as in a long session. */
const WARM_UP_MS = 400;
const WARM_UP_RUNS = 3;

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/**
 * A young-generation collection right after JSON.parse, timed with it: the parse pays for
 * settling what it allocated, instead of leaving that to whatever runs next. Needs
 * node --expose-gc, as `npm run bench:speed` runs it.
 */
export const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
const settle = gc ? () => gc({ type: "minor" }) : () => {};

/** The collector's pauses, as node reports them: when each began, and how long it took. */
const pauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    pauses.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ["gc"] });

/**
 * Milliseconds of the collector's pauses that began between `from` and `to`. Node reports them
 * a little later, between turns, so the reports are waited for first.
 */
async function collectedWithin(from: number, to: number): Promise<number> {
  for (let turn = 0; turn < 3; turn++) await new Promise<void>((done) => setImmediate(done));
  const within = pauses.filter((p) => p.start >= from && p.start < to);
  pauses.length = 0;
  return within.reduce((sum, p) => sum + p.duration, 0);
}

/** Parses, reads, reconstructs and writes the journey, one after the other. */
export async function once(text: string, platform: Platform) {
  const [json, parse] = timed(() => {
    const parsed = JSON.parse(text);
    settle();
    return parsed;
  });
  const from = performance.now();
  const [journeys, analyze] = timed(() => {
    const board = readBoardFile(json);
    if (!board.ok) throw new Error(board.error);
    return readBoard(board.value.items, { platform }).journeys;
  });
  const to = performance.now();
  const [, output] = timed(() => JSON.stringify(journeys.map((j) => j.journey)));
  const notes = journeys.reduce((sum, j) => sum + j.journey.notes.length, 0);
  return { notes, parse, analyze, garbage: await collectedWithin(from, to), output };
}

/** The first, cold run; then, after warming up, the medians of RUNS runs. */
export async function measure(text: string, platform: Platform) {
  const cold = await once(text, platform);
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let run = 0; run < WARM_UP_RUNS || performance.now() < warmUntil; run++)
    await once(text, platform);
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await once(text, platform));
  return {
    notes: cold.notes,
    cold: cold.analyze / cold.parse,
    parse: median(runs.map((r) => r.parse)),
    analyze: median(runs.map((r) => r.analyze)),
    garbage: median(runs.map((r) => r.garbage)),
    output: median(runs.map((r) => r.output)),
  };
}

/** A header-row board of about `notes` notes, with stages five notes wide. */
export async function boardText(notes: number, platform: Platform): Promise<string> {
  let perCell = Math.max(1, Math.round(notes / 40));
  for (;;) {
    const board = await generateBoard({
      kind: "header-row",
      mess: "moderate",
      platform,
      seed: 1,
      stages: 12,
      notesPerCell: perCell,
      stageWidth: 5,
    });
    const count = board.truth.size;
    if (Math.abs(count - notes) <= 0.1 * notes || perCell === 1) return JSON.stringify(board.file);
    perCell = Math.max(1, Math.round((perCell * notes) / count));
  }
}
