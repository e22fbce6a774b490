import type { BoardItem } from "../board/board-item";
import {
  type Reconstruction,
  type ReconstructOptions,
  reconstructJourney,
} from "./reconstruct-journey";

/** A board read as the journeys on it: one for most boards, several where it holds more. */
export interface BoardReading {
  /** In reading order: top to bottom, then left to right. Never empty. */
  journeys: Reconstruction[];
}

/** Reads every journey on a board. */
export function readBoard(items: readonly BoardItem[], options: ReconstructOptions): BoardReading {
  return { journeys: [reconstructJourney(items, options)] };
}
