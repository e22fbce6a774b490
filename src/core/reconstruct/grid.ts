import type { Rect } from "../board/board-item";
import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";

/** Where the stages were read from, most trusted first. */
export type StageSource = "template" | "frames" | "header-row" | "gaps" | "none";
/** Where the lanes were read from; `colour` means the board has no rows. */
export type LaneSource = "template" | "frames" | "labels" | "colour";

export interface GridStage {
  title: string | null;
  band: Band;
  /** A frame or section that is this stage: its notes belong to it whatever their position. */
  containerId?: string;
}

export interface GridRow {
  kind: LaneKind;
  title: string | null;
  band: Band;
  /** How far the row's lane is trusted beside its source: less for a row named by colour. */
  trust?: number;
  /** A row whose colours named no lane: its notes keep the lanes their own colours name. */
  byColour?: boolean;
}

/** The journey's columns and rows as read from the board. */
export interface Grid {
  stageSource: StageSource;
  stages: GridStage[];
  laneSource: LaneSource;
  rows: GridRow[];
  /** The journey's vertical extent; notes far above or below it are outside every stage. */
  top: number;
  bottom: number;
  /** Parking lots: notes in them belong to no stage. */
  parked: Rect[];
  /** Stages that are frames or sections, by the container's id. */
  stagesByContainer?: ReadonlyMap<string, number>;
}

/** The stages that are frames or sections, by the container's id. */
export function stagesByContainer(stages: readonly GridStage[]): Map<string, number> {
  const byContainer = new Map<string, number>();
  stages.forEach((stage, index) => {
    if (stage.containerId !== undefined) byContainer.set(stage.containerId, index);
  });
  return byContainer;
}

/**
 * The index of the band holding a coordinate, by binary search over bands sorted left to right
 * (or top to bottom); -1 when it lies in no band.
 */
export function findBand(bands: readonly { band: Band }[], at: number): number {
  let lo = 0;
  let hi = bands.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const band = (bands[mid] as { band: Band }).band;
    if (at < band.start) hi = mid - 1;
    else if (at > band.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
