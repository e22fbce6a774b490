import type { MiroFaults } from "../../adapters/miro-sdk/emulator/miro-emulator";
import { MiroEmulator } from "../../adapters/miro-sdk/emulator/miro-emulator";
import { MiroSdkBoard } from "../../adapters/miro-sdk/miro-sdk-board";
import type { BoardItem } from "../../core/board/board-item";
import { seededRandom } from "../../corpus/random";
import { checkBoard, itemWrites } from "./board-check";
import { runWorkshop } from "./workshop-run";

/** The faults of a fault run: calls failing, bursts of rate limits, people editing meanwhile. */
export const FAULTS: Required<MiroFaults> = {
  failureRate: 0.03,
  rateLimitBurstRate: 0.004,
  rateLimitBurstLength: 6,
  userEditRate: 0.01,
};

/**
 * A fault run's clock: calls answer in FAULT_LATENCY_MS and backoffs are scaled down alike,
 * so twenty runs take seconds; what is measured (convergence, ownership) does not depend on time.
 */
export const FAULT_LATENCY_MS = 2;
const SCALED_BACKOFF = {
  retryBackoff: { baseMs: 5, capMs: 80 },
  rateLimitBackoff: { baseMs: 20, capMs: 300 },
};

/** What one fault run left behind. */
export interface FaultRunResult {
  /** Why the faulty run stopped, or null when it finished despite the faults. */
  stoppedBy: string | null;
  /** Exactly one copy of every app item, no orphan, and a further run changes nothing. */
  converged: boolean;
  duplicatesAfterRerun: number;
  orphansAfterRerun: number;
  /** Items of the team's that an app call changed: must stay 0. */
  userItemsChanged: number;
  /** Calls rejected during the faulty run, by why. */
  rejections: Record<string, number>;
  userEdits: number;
}

/**
 * One fault run: the whole workshop under faults (a stop is allowed: it tells the user to run
 * again), then the re-run the user makes on a calm board, then a check that the board is whole.
 */
export async function faultRun(
  seed: number,
  board: readonly BoardItem[],
  concurrency: number,
): Promise<FaultRunResult> {
  const random = seededRandom(seed);
  const faults: MiroFaults = { ...FAULTS };
  const emulator = new MiroEmulator({
    latencyMs: FAULT_LATENCY_MS,
    faults,
    random,
  });
  emulator.addUserItems(board);
  const adapter = () =>
    new MiroSdkBoard(emulator.board, {
      concurrency,
      ...SCALED_BACKOFF,
      random,
    });
  let stoppedBy: string | null = null;
  try {
    await runWorkshop(adapter());
  } catch (error) {
    stoppedBy = error instanceof Error ? error.name : String(error);
  }
  const rejections = { ...emulator.meter.rejections };
  const userEdits = emulator.userEdits.length;
  // The user runs the tasks again, in a new panel, once the board answers again.
  faults.failureRate = 0;
  faults.rateLimitBurstRate = 0;
  faults.userEditRate = 0;
  await runWorkshop(adapter());
  const after = checkBoard(emulator);
  const writesBefore = itemWrites(emulator);
  await runWorkshop(adapter());
  const writesOnRest = itemWrites(emulator) - writesBefore;
  return {
    stoppedBy,
    converged: after.duplicates === 0 && after.orphans === 0 && writesOnRest === 0,
    duplicatesAfterRerun: after.duplicates,
    orphansAfterRerun: after.orphans,
    userItemsChanged: emulator.foreignChanges.length,
    rejections,
    userEdits,
  };
}
