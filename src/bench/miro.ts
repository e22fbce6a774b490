// npm run bench:miro — the Miro app's writes through the real adapter on the Miro emulator: a
// 300-note board at 40 ms a call gets the workshop template (six stages, every lane), then the
// summaries, the action list and the feelings curve; then fault runs, each with failing calls,
// rate-limit bursts and people editing meanwhile, followed by the user's re-run.
import { parseArgs } from "node:util";
import { MiroEmulator } from "../adapters/miro-sdk/emulator/miro-emulator";
import { MiroSdkBoard } from "../adapters/miro-sdk/miro-sdk-board";
import { MIRO_SDK_DEFAULTS } from "../adapters/miro-sdk/miro-sdk-options";
import { checkBoard } from "./miro/board-check";
import { FAULT_LATENCY_MS, FAULTS, type FaultRunResult, faultRun } from "./miro/fault-run";
import { NOTES, workshopBoard } from "./miro/workshop-board";
import { runWorkshop } from "./miro/workshop-run";

/** Miro's published Web SDK limit per user and app. */
const MIRO_CREDITS_PER_MINUTE = 100_000;
const RATIO_TARGET = 1.3;
const MIN_FAULT_RUNS = 20;

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    runs: { type: "string", default: "24" },
    latency: { type: "string", default: "40" },
    concurrency: { type: "string", default: String(MIRO_SDK_DEFAULTS.concurrency) },
  },
});
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
const faultRuns = Math.max(MIN_FAULT_RUNS, Number(values.runs));

const board = await workshopBoard();

const emulator = new MiroEmulator({ latencyMs });
emulator.addUserItems(board);
const start = performance.now();
await runWorkshop(new MiroSdkBoard(emulator.board, { concurrency }));
const elapsedMs = performance.now() - start;
const { calls, peakCreditsPerMinute, maxInFlight } = emulator.meter;
const clean = checkBoard(emulator);
const pipelineLimitMs = (calls / concurrency) * latencyMs;
const ratioToLimit = elapsedMs / pipelineLimitMs;

const results: FaultRunResult[] = [];
for (let run = 0; run < faultRuns; run++) {
  results.push(await faultRun(1000 + run, board, concurrency));
}
const converged = results.filter((r) => r.converged).length;
const userItemsChanged =
  results.reduce((sum, r) => sum + r.userItemsChanged, 0) + emulator.foreignChanges.length;
const duplicatesAfterRerun = results.reduce((sum, r) => sum + r.duplicatesAfterRerun, 0);

const figures = {
  calls,
  concurrency,
  latencyMs,
  elapsedMs: Math.round(elapsedMs),
  pipelineLimitMs: Math.round(pipelineLimitMs),
  ratioToLimit: Number(ratioToLimit.toFixed(3)),
  creditsPerMinute: peakCreditsPerMinute,
  faultRuns,
  converged,
  userItemsChanged,
  duplicatesAfterRerun,
};

const targets: [string, boolean][] = [
  [`ratioToLimit ${figures.ratioToLimit} <= ${RATIO_TARGET}`, ratioToLimit <= RATIO_TARGET],
  [
    `creditsPerMinute ${peakCreditsPerMinute} <= ${MIRO_CREDITS_PER_MINUTE}`,
    peakCreditsPerMinute <= MIRO_CREDITS_PER_MINUTE,
  ],
  [`converged ${converged} = faultRuns ${faultRuns}`, converged === faultRuns],
  [`userItemsChanged ${userItemsChanged} = 0`, userItemsChanged === 0],
  [`duplicatesAfterRerun ${duplicatesAfterRerun} = 0`, duplicatesAfterRerun === 0],
];

if (values.json) {
  console.log(JSON.stringify(figures));
} else {
  const stopped = results.filter((r) => r.stoppedBy !== null);
  const rejected = (kind: string) => results.reduce((sum, r) => sum + (r.rejections[kind] ?? 0), 0);
  console.log(`Miro app on the emulator: ${NOTES} notes, ${latencyMs} ms a call`);
  console.log(
    `  template + summaries + action list + feelings curve: ${calls} calls, ${clean.appItems} app items`,
  );
  console.log(
    `  ${figures.elapsedMs} ms; pipeline limit ${figures.pipelineLimitMs} ms (${calls} calls / ${concurrency} in flight x ${latencyMs} ms); ratio ${figures.ratioToLimit}; at most ${maxInFlight} calls in flight`,
  );
  console.log(
    `  credits: ${peakCreditsPerMinute} in the busiest minute (Miro allows ${MIRO_CREDITS_PER_MINUTE})`,
  );
  console.log(
    `Fault runs: ${faultRuns} at ${FAULT_LATENCY_MS} ms a call, backoff scaled alike; each call fails with p=${FAULTS.failureRate}, starts a burst of ${FAULTS.rateLimitBurstLength} rate limits with p=${FAULTS.rateLimitBurstRate}, and a person edits the board before it with p=${FAULTS.userEditRate}`,
  );
  console.log(
    `  ${rejected("failure")} failed calls, ${rejected("rateLimit")} rate limits, ${results.reduce((s, r) => s + r.userEdits, 0)} edits by people; ${stopped.length} runs stopped part way (${[...new Set(stopped.map((r) => r.stoppedBy))].join(", ") || "none"}), the others finished despite the faults`,
  );
  console.log(
    `  after the re-run: ${converged} of ${faultRuns} converged (one copy of every app item, no orphan, a further run changes nothing); ${duplicatesAfterRerun} duplicates; ${userItemsChanged} items of the team changed`,
  );
  for (const [text, met] of targets) console.log(`  ${met ? "met   " : "MISSED"} ${text}`);
}
if (targets.some(([, met]) => !met)) process.exitCode = 1;
