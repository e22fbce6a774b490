// npm run bench:figjam — the FigJam plugin's writes through its adapter on the FigJam emulator:
// a 300-note board gets the workshop template (six stages, every lane), then the summaries, the
// action list and the feelings curve, and a tidy copy of its notes (a write of 300 notes), while the emulator times the plugin's longest stretch of
// work between two yields (FigJam's main thread is blocked meanwhile); then fault runs, each
// with failing calls and people editing, followed by the user's re-run.
import { parseArgs } from "node:util";
import { FigJamEmulator } from "../adapters/figjam-plugin/emulator/figjam-emulator";
import { FigJamPluginBoard } from "../adapters/figjam-plugin/figjam-plugin-board";
import { checkBoard } from "./figjam/board-check";
import { FAULTS, type FaultRunResult, faultRun } from "./figjam/fault-run";
import { NOTES, workshopBoard } from "./miro/workshop-board";
import { runWorkshopAndTidyCopy } from "./miro/workshop-run";

const BLOCK_TARGET_MS = 50;
const MIN_FAULT_RUNS = 20;

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    runs: { type: "string", default: "24" },
  },
});
const faultRuns = Math.max(MIN_FAULT_RUNS, Number(values.runs));

const board = await workshopBoard("figjam");
const emulator = new FigJamEmulator();
emulator.addUserNodes(board);
const start = performance.now();
await runWorkshopAndTidyCopy(new FigJamPluginBoard(emulator.api));
const elapsedMs = performance.now() - start;
const { longestBlockMs, blockCount } = emulator;
const written = checkBoard(emulator);

const results: FaultRunResult[] = [];
for (let run = 0; run < faultRuns; run++) results.push(await faultRun(2000 + run, board));
const converged = results.filter((r) => r.converged).length;
const userNodesChanged =
  results.reduce((sum, r) => sum + r.userNodesChanged, 0) + emulator.foreignChanges.length;
const duplicatesAfterRerun = results.reduce((sum, r) => sum + r.duplicatesAfterRerun, 0);

const figures = {
  items: written.appNodes,
  elapsedMs: Math.round(elapsedMs),
  longestBlockMs: Number(longestBlockMs.toFixed(1)),
  faultRuns,
  converged,
  userNodesChanged,
  duplicatesAfterRerun,
};

const targets: [string, boolean][] = [
  [
    `longestBlockMs ${figures.longestBlockMs} <= ${BLOCK_TARGET_MS}`,
    longestBlockMs <= BLOCK_TARGET_MS,
  ],
  [`converged ${converged} = faultRuns ${faultRuns}`, converged === faultRuns],
  [`userNodesChanged ${userNodesChanged} = 0`, userNodesChanged === 0],
  [`duplicatesAfterRerun ${duplicatesAfterRerun} = 0`, duplicatesAfterRerun === 0],
];

if (values.json) {
  console.log(JSON.stringify(figures));
} else {
  const stopped = results.filter((r) => r.stoppedBy !== null);
  console.log(`FigJam plugin on the emulator: ${NOTES} notes`);
  console.log(
    `  template + summaries + action list + feelings curve + tidy copy: ${written.appNodes} nodes written in ${figures.elapsedMs} ms`,
  );
  console.log(
    `  ${blockCount} stretches of work between yields; the longest blocked FigJam for ${figures.longestBlockMs} ms`,
  );
  console.log(
    `Fault runs: ${faultRuns}; each call that changes the file fails with p=${FAULTS.failureRate}, and a person edits the file after it with p=${FAULTS.userEditRate}`,
  );
  console.log(
    `  ${results.reduce((s, r) => s + r.failures, 0)} failed calls, ${results.reduce((s, r) => s + r.userEdits, 0)} edits by people; ${stopped.length} runs stopped part way (${[...new Set(stopped.map((r) => r.stoppedBy))].join(", ") || "none"})`,
  );
  console.log(
    `  after the re-run: ${converged} of ${faultRuns} converged (one copy of every app node, no orphan, a further run changes nothing); ${duplicatesAfterRerun} duplicates; ${userNodesChanged} nodes of the team changed`,
  );
  for (const [text, met] of targets) console.log(`  ${met ? "met   " : "MISSED"} ${text}`);
}
if (targets.some(([, met]) => !met)) process.exitCode = 1;
