import { type Rect, rectOf } from "../board/board-item";
import { recogniseLane } from "../lexicon/recognise-lane";
import type { BoardParts } from "./board-parts";

const MIN_TITLE_CONFIDENCE = 0.8;

/**
 * Frames and shapes titled as a parking lot ("Parking lot", "Parkering", "Åbne spørgsmål") that
 * are large enough to hold notes. What sits in them is parked: it belongs to no stage.
 */
export function parkingAreas(parts: BoardParts): Rect[] {
  return [...parts.frames, ...parts.labels, ...parts.appItems]
    .filter((item) => item.kind === "frame" || item.kind === "shape")
    .filter((item) => item.width >= parts.noteWidth && item.height >= parts.noteHeight)
    .filter((item) => {
      const lane = recogniseLane(item.text.split("\n")[0] ?? "");
      return lane?.kind === "question" && lane.confidence >= MIN_TITLE_CONFIDENCE;
    })
    .map(rectOf);
}

/** Whether a point lies in one of the areas. */
export function inAnyArea(areas: readonly Rect[], x: number, y: number): boolean {
  return areas.some((a) => x >= a.x && x <= a.x + a.width && y >= a.y && y <= a.y + a.height);
}
