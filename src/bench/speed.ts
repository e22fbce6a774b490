// npm run bench:speed — how fast the command line is, as its users meet it and inside:
// 1. whole processes, side by side: a bare `node -e 0` against `journey-mapper --help` and
//    `--version` (target: within 2 times), and a node process that reads and JSON.parses a
//    board of about 40k notes (the floor: every tool reads its input) against `journey-mapper
//    analyze` of it to a file (target: within 1.5 times), on Miro and FigJam, with the budget
//    that target leaves once any analyze's fixed cost (the README's example board) is paid;
// 2. in one process, the time to read boards of 1k, 10k and 50k notes into their journeys
//    (readBoard, as the CLI and the panel do), next to JSON.parse of the same file, and how that
//    time grows with the board against n log n.
// Every target gets a line saying "met" or "MISSED".
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCliBundle } from "../build/cli-bundle";
import type { Platform } from "../core/colour/named-colour";
import { boardText, gc, measure, once, RUNS } from "./in-process";
import { type Target, target, targetLine, timeProcesses } from "./whole-process";

const SIZES = [1_000, 10_000, 50_000];
/** Whole processes: the board analyze is timed on, and how many runs each command gets. */
const PROCESS_NOTES = 40_000;
const PROCESS_RUNS = Number(process.env.PROCESS_RUNS ?? 9);
/** The floor: a node process that reads the board file and parses it, and nothing else. */
const FLOOR = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";
const PLATFORMS: Platform[] = ["miro", "figjam"];

const targets: Target[] = [];
const launcher = fileURLToPath(new URL("../cli/bin.js", import.meta.url));
/** The README's example board: what every analyze costs before a large board's work. */
const example = fileURLToPath(new URL("../../examples/moving-broadband.json", import.meta.url));
const folder = await mkdtemp(join(tmpdir(), "jm-speed-"));
try {
  // The bundle the executable runs, built from the sources as they are.
  await buildCliBundle();
  console.log(
    `Whole processes, side by side, in turns (medians of ${2 * PROCESS_RUNS} runs of a start, ${PROCESS_RUNS} of a board):`,
  );
  const start = timeProcesses(
    [
      { name: "node -e 0", args: ["-e", "0"] },
      { name: "--help", args: [launcher, "--help"] },
      { name: "--version", args: [launcher, "--version"] },
      { name: "example", args: [launcher, "analyze", example, "--out", join(folder, "ex.json")] },
    ],
    2 * PROCESS_RUNS,
  );
  console.log(
    `  node -e 0 ${ms(start["node -e 0"])}   journey-mapper --help ${ms(start["--help"])}   --version ${ms(start["--version"])}`,
  );
  // What analyze costs on any board, before the board's size counts: loading its code, the word
  // lists and the schemas, and a journey of a hundred notes.
  const fixed = at(start, "example") - at(start, "node -e 0");
  const exampleNotes = await notesIn(await readFile(example, "utf8"), "miro");
  console.log(
    `  journey-mapper analyze of the ${exampleNotes}-note example ${ms(start.example)}: ${ms(fixed)} over node -e 0`,
  );
  for (const flag of ["--help", "--version"])
    targets.push(target(`start: ${flag} / node -e 0`, at(start, flag), at(start, "node -e 0"), 2));
  for (const platform of PLATFORMS) {
    const text = await boardText(PROCESS_NOTES, platform);
    const board = join(folder, `${platform}.json`);
    await writeFile(board, text);
    const notes = await notesIn(text, platform);
    const times = timeProcesses(
      [
        { name: "floor", args: ["-e", FLOOR, board] },
        { name: "analyze", args: [launcher, "analyze", board, "--out", join(folder, "out.json")] },
      ],
      PROCESS_RUNS,
    );
    console.log(
      `  ${platform.padEnd(7)} ${notes} notes, ${(text.length / 1e6).toFixed(1)} MB: read and JSON.parse ${ms(times.floor)}   journey-mapper analyze --out ${ms(times.analyze)}`,
    );
    // The target's budget: what analyze may spend beyond reading and parsing, and what the fixed
    // cost above leaves of it for reading 40k notes into a journey and writing it out.
    const beyond = at(times, "analyze") - at(times, "floor");
    const budget = 0.5 * at(times, "floor");
    console.log(
      `          beyond the floor ${ms(beyond)}; ×1.5 allows ${ms(budget)}, of which the fixed cost leaves ${ms(budget - fixed)} for the board's own work`,
    );
    targets.push(
      target(
        `analyze ${platform} ${notes} notes / floor`,
        at(times, "analyze"),
        at(times, "floor"),
        1.5,
      ),
    );
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}

console.log(
  "\nIn one process: notes   platform  file MB  JSON.parse ms  analyze ms  of it GC  analyze/parse  JSON out ms  cold run",
);
const results: { platform: Platform; notes: number; analyze: number; garbage: number }[] = [];
for (const platform of PLATFORMS) {
  for (const size of SIZES) {
    const text = await boardText(size, platform);
    const m = await measure(text, platform);
    results.push({ platform, notes: m.notes, analyze: m.analyze, garbage: m.garbage });
    console.log(
      `${" ".repeat(15)} ${String(m.notes).padEnd(7)} ${platform.padEnd(9)} ${(text.length / 1e6).toFixed(1).padStart(7)}  ${m.parse.toFixed(1).padStart(13)}  ${m.analyze.toFixed(1).padStart(10)}  ${m.garbage.toFixed(1).padStart(8)}  ${(m.analyze / m.parse).toFixed(2).padStart(13)}  ${m.output.toFixed(1).padStart(11)}  ${m.cold.toFixed(2).padStart(8)}`,
    );
    if (size === SIZES[SIZES.length - 1])
      targets.push(
        target(`in process: analyze/parse ${platform} ${m.notes}`, m.analyze, m.parse, 0.5),
      );
  }
}

console.log(
  "\nGrowth with the board, each step against n log n (GC: the same without collecting):",
);
for (const platform of PLATFORMS) {
  const mine = results.filter((r) => r.platform === platform);
  for (let i = 1; i < mine.length; i++) {
    const small = mine[i - 1];
    const large = mine[i];
    if (!small || !large) continue;
    const nlogn = (large.notes * Math.log(large.notes)) / (small.notes * Math.log(small.notes));
    const growth = large.analyze / small.analyze;
    const working = (large.analyze - large.garbage) / Math.max(small.analyze - small.garbage, 1e-3);
    console.log(
      `  ${platform.padEnd(7)} ${small.notes} → ${large.notes} notes: ×${growth.toFixed(1)}, without GC ×${working.toFixed(1)}; n log n: ×${nlogn.toFixed(1)}`,
    );
    targets.push(
      target(`growth ${platform} ${small.notes} → ${large.notes} / n log n`, growth, nlogn, 1),
    );
  }
}

console.log("\nTargets:");
for (const t of targets) console.log(`  ${targetLine(t)}`);
const missed = targets.filter((t) => !t.met).length;
console.log(missed === 0 ? "All targets met." : `${missed} of ${targets.length} targets MISSED.`);
console.log(
  "\nfloor = a node process that reads the board file and JSON.parses it; analyze = journey-mapper" +
    "\nanalyze FILE --out FILE, the bundle as npm install builds it. In one process: analyze = reading" +
    "\nthe parsed file (schema check, records) and every journey on it, as the CLI does; of it GC =" +
    "\nthe collector's share, as node reports it; JSON out = writing the journey, shown beside it." +
    `\nMedians of ${RUNS} runs after warming up; "cold run" is analyze/parse of a board's first run` +
    "\n(only the smallest board's is truly cold: the larger ones run code the smaller ones warmed;" +
    "\nthe whole-process analyze runs all of it cold, once, as a user's command does)." +
    (gc
      ? "\nJSON.parse is timed with the young-generation collection that settles its output."
      : "\n(run with node --expose-gc to time JSON.parse with the collection of its output)"),
);

function ms(value: number | undefined): string {
  return `${(value ?? Number.NaN).toFixed(0)} ms`;
}

function at(times: Record<string, number>, name: string): number {
  return times[name] ?? Number.NaN;
}

/** How many notes the board's journeys hold, as analyze reads it. */
async function notesIn(text: string, platform: Platform): Promise<number> {
  return (await once(text, platform)).notes;
}
