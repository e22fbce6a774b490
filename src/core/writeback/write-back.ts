import type { WriteBackPart } from "../board/app-items/parts";
import type { BoardPort, CancelSignal, Progress } from "../board/board-port";
import type { Legend } from "../legend/legend";
import type { Language } from "../lexicon/lane-words";
import type { Journey } from "../model/journey";
import { applyWriteBack, type WriteBackResult } from "./apply-write-back";
import { planWriteBack } from "./plan-write-back";

export { WRITE_BACK_PARTS, type WriteBackPart } from "../board/app-items/parts";
export type { WriteBackResult } from "./apply-write-back";

export interface WriteBackTaskOptions {
  /** summaries, actions, curve, tidy: only these are written, the others left as they are. */
  parts: readonly WriteBackPart[];
  legend?: Legend;
  language?: Language;
  writeBackId?: string;
  onProgress?: (progress: Progress) => void;
  signal?: CancelSignal;
}

/**
 * Writes the asked parts of a journey onto the board, for the panel: reads the board, plans
 * against what the app already wrote, and applies. A second run with nothing changed changes
 * nothing; a run after a cancel finishes the work without duplicates.
 */
export async function writeBack(
  port: BoardPort,
  journey: Journey,
  options: WriteBackTaskOptions,
): Promise<WriteBackResult> {
  const board = await port.readItems({ kind: "board" });
  const changes = planWriteBack(journey, board, {
    platform: port.platform,
    parts: options.parts,
    ...(options.legend ? { legend: options.legend } : {}),
    ...(options.language ? { language: options.language } : {}),
    ...(options.writeBackId ? { writeBackId: options.writeBackId } : {}),
  });
  return applyWriteBack(port, changes, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
