import {
  FigJamEmulator,
  type FigJamFaults,
} from "../../adapters/figjam-plugin/emulator/figjam-emulator";
import { FigJamPluginBoard } from "../../adapters/figjam-plugin/figjam-plugin-board";
import type { BoardItem } from "../../core/board/board-item";
import { seededRandom } from "../../corpus/random";
import { runWorkshopAndTidyCopy } from "../miro/workshop-run";
import { checkBoard } from "./board-check";

/** The faults of a fault run: calls failing, and people editing the file meanwhile. */
export const FAULTS: Required<FigJamFaults> = { failureRate: 0.05, userEditRate: 0.004 };

/** What one fault run left behind. */
export interface FaultRunResult {
  /** Why the faulty run stopped, or null when it finished despite the faults. */
  stoppedBy: string | null;
  /** Exactly one copy of every app node, no orphan, and a further run changes nothing. */
  converged: boolean;
  duplicatesAfterRerun: number;
  /** Nodes of the team's that a plugin call changed: must stay 0. */
  userNodesChanged: number;
  failures: number;
  userEdits: number;
}

/**
 * One fault run: the whole workshop under faults (a stop is allowed: it tells the user to run
 * again), then the re-run the user makes in a calm file, then a check that the file is whole.
 */
export async function faultRun(seed: number, board: readonly BoardItem[]): Promise<FaultRunResult> {
  const random = seededRandom(seed);
  const faults: FigJamFaults = { ...FAULTS };
  const emulator = new FigJamEmulator({ faults, random });
  emulator.addUserNodes(board);
  let stoppedBy: string | null = null;
  try {
    await runWorkshopAndTidyCopy(new FigJamPluginBoard(emulator.api));
  } catch (error) {
    stoppedBy = error instanceof Error ? error.name : String(error);
  }
  const failures = emulator.meter.refusals.fault ?? 0;
  const userEdits = emulator.userEdits.length;
  // The user runs the tasks again once the file answers again.
  faults.failureRate = 0;
  faults.userEditRate = 0;
  await runWorkshopAndTidyCopy(new FigJamPluginBoard(emulator.api));
  const after = checkBoard(emulator);
  const changesBefore = emulator.meter.nodeChanges;
  await runWorkshopAndTidyCopy(new FigJamPluginBoard(emulator.api));
  const changesOnRest = emulator.meter.nodeChanges - changesBefore;
  return {
    stoppedBy,
    converged: after.duplicates === 0 && after.orphans === 0 && changesOnRest === 0,
    duplicatesAfterRerun: after.duplicates,
    userNodesChanged: emulator.foreignChanges.length,
    failures,
    userEdits,
  };
}
