// npm run bench:speed — the time to read boards of 1k, 10k and 50k notes into their journeys (readBoard,
// as the CLI and the panel do), next to the time to JSON.parse the same file in the same process (the
// floor: every tool reads its input).
import { readBoardFile } from "../adapters/board-file/read-board-file";
import type { Platform } from "../core/colour/named-colour";
import { readBoard } from "../core/reconstruct/read-board";
import { generateBoard } from "../corpus/generate-board";

const SIZES = [1_000, 10_000, 50_000];
const RUNS = Number(process.env.RUNS ?? 15);
const PLATFORMS: Platform[] = ["miro", "figjam"];
/** Warm-up: the code is compiled and optimised before anything is timed, as in a long session. */
const WARM_UP_MS = 400;
const WARM_UP_RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

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
const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
const settle = gc ? () => gc({ type: "minor" }) : () => {};

/** Parses, reads, reconstructs and writes the journey, one after the other. */
function once(text: string, platform: Platform) {
  const [json, parse] = timed(() => {
    const parsed = JSON.parse(text);
    settle();
    return parsed;
  });
  const [journeys, analyze] = timed(() => {
    const board = readBoardFile(json);
    if (!board.ok) throw new Error(board.error);
    return readBoard(board.value.items, { platform }).journeys;
  });
  const [, output] = timed(() => JSON.stringify(journeys.map((j) => j.journey)));
  const notes = journeys.reduce((sum, j) => sum + j.journey.notes.length, 0);
  return { notes, parse, analyze, output };
}

/** The first, cold run; then, after warming up, the medians of RUNS runs. */
function measure(text: string, platform: Platform) {
  const cold = once(text, platform);
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let run = 0; run < WARM_UP_RUNS || performance.now() < warmUntil; run++)
    once(text, platform);
  const runs = Array.from({ length: RUNS }, () => once(text, platform));
  return {
    notes: cold.notes,
    cold: cold.analyze / cold.parse,
    parse: median(runs.map((r) => r.parse)),
    analyze: median(runs.map((r) => r.analyze)),
    output: median(runs.map((r) => r.output)),
  };
}

/** A header-row board of about `notes` notes, with stages five notes wide. */
async function boardText(notes: number, platform: Platform): Promise<string> {
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

console.log(
  "notes   platform  file MB  JSON.parse ms  analyze ms  analyze/parse  JSON out ms  cold run",
);
const results: { platform: Platform; notes: number; analyze: number }[] = [];
for (const platform of PLATFORMS) {
  for (const size of SIZES) {
    const text = await boardText(size, platform);
    const m = measure(text, platform);
    results.push({ platform, notes: m.notes, analyze: m.analyze });
    console.log(
      `${String(m.notes).padEnd(7)} ${platform.padEnd(9)} ${(text.length / 1e6).toFixed(1).padStart(7)}  ${m.parse.toFixed(1).padStart(13)}  ${m.analyze.toFixed(1).padStart(10)}  ${(m.analyze / m.parse).toFixed(2).padStart(13)}  ${m.output.toFixed(1).padStart(11)}  ${m.cold.toFixed(2).padStart(8)}`,
    );
  }
}
console.log("\nGrowth from the smallest board to the largest, against n log n:");
for (const platform of PLATFORMS) {
  const mine = results.filter((r) => r.platform === platform);
  const small = mine[0];
  const large = mine[mine.length - 1];
  if (!small || !large) continue;
  const nlogn = (large.notes * Math.log(large.notes)) / (small.notes * Math.log(small.notes));
  const growth = large.analyze / small.analyze;
  console.log(
    `${platform.padEnd(7)} ${large.notes}/${small.notes} notes: analyze grew ×${growth.toFixed(1)}; n log n allows ×${nlogn.toFixed(1)} (${growth <= nlogn ? "within" : "ABOVE"})`,
  );
}
console.log(
  "\nanalyze = reading the parsed file (schema check, records) and every journey on it, as the CLI does;" +
    "\nJSON out = writing the journey, shown beside it. Targets: analyze/parse ≤ 0.5; growth within n log n." +
    `\nMedians of ${RUNS} runs after warming up; "cold run" is analyze/parse of the very first run.` +
    (gc
      ? "\nJSON.parse is timed with the young-generation collection that settles its output."
      : "\n(run with node --expose-gc to time JSON.parse with the collection of its output)"),
);
