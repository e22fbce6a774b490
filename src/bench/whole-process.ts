import { spawnSync } from "node:child_process";
import { median } from "../core/reconstruct/intervals";

/** A command to time as a whole process: node with these arguments. */
export interface ProcessRun {
  name: string;
  args: string[];
}

/** The median wall-clock milliseconds of each command, by name. */
export type ProcessTimes = Record<string, number>;

/**
 * Times whole node processes, from spawn to exit, as a shell would see them: the commands take
 * turns, run after run, so a machine busy for a while slows them all alike; the medians are kept.
 * A process that fails stops the measure: a figure of a failing run means nothing.
 */
export function timeProcesses(runs: readonly ProcessRun[], times: number): ProcessTimes {
  const taken = new Map<string, number[]>(runs.map((r) => [r.name, []]));
  for (let round = 0; round < times; round++) {
    for (const run of runs) {
      const start = performance.now();
      const result = spawnSync(process.execPath, run.args, { stdio: ["ignore", "ignore", "pipe"] });
      const elapsed = performance.now() - start;
      if (result.status !== 0)
        throw new Error(`${run.name} failed (${result.status}): ${String(result.stderr).trim()}`);
      taken.get(run.name)?.push(elapsed);
    }
  }
  return Object.fromEntries([...taken].map(([name, values]) => [name, median(values)]));
}

/** A figure against its target: the ratio, the most it may be, and whether it is met. */
export interface Target {
  what: string;
  ratio: number;
  most: number;
  met: boolean;
}

/** The ratio of `time` to `floor`, against the most it may be. */
export function target(what: string, time: number, floor: number, most: number): Target {
  const ratio = time / floor;
  return { what, ratio, most, met: ratio <= most };
}

/** One line per target, saying plainly whether it is met. */
export function targetLine(t: Target): string {
  return `${t.what.padEnd(44)} ×${t.ratio.toFixed(2).padStart(5)}  target ≤ ×${t.most}  ${t.met ? "met" : "MISSED"}`;
}
