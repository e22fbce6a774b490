import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import type { GridStage, StageSource } from "./grid";
import type { LaneLabel } from "./lane-labels";
import { stagesFromFrames } from "./stages-from-frames";
import { stagesFromGaps } from "./stages-from-gaps";
import { stagesFromHeaders } from "./stages-from-headers";
import type { Structure } from "./structure";

/** The stages of a board without the app's template, and where they were read from. */
export interface StagesRead {
  stageSource: StageSource;
  stages: GridStage[];
  /** Where the stage titles end: the journey's notes lie below it. */
  top: number;
}

/**
 * Stages from frames standing side by side, else from a header row, else from the gaps between
 * the notes. Headers read are added to `structure`.
 */
export function readStages(
  parts: BoardParts,
  labels: readonly LaneLabel[],
  headerNotes: readonly Note[],
  content: readonly Note[],
  structure: Structure,
  isQuestion: (note: Note) => boolean,
): StagesRead {
  const taken = new Set(structure.keys());
  const frames = stagesFromFrames(parts.frames, content, taken);
  if (frames && frames.length > 0) {
    return { stageSource: "frames", stages: frames, top: Number.NEGATIVE_INFINITY };
  }
  const labelsEnd = Math.max(Number.NEGATIVE_INFINITY, ...labels.map((l) => l.x + l.width / 2));
  const headerRow = stagesFromHeaders(parts, headerNotes, content, taken, labelsEnd);
  if (headerRow) {
    headerRow.stages.forEach((stage, i) => {
      const id = headerRow.headerIds[i] as string;
      const reason = `stage header${stage.title ? ` “${stage.title}”` : ""}`;
      structure.set(id, { reason, role: "stage-header" });
    });
    return { stageSource: "header-row", stages: headerRow.stages, top: headerRow.bottom };
  }
  const bands = stagesFromGaps(content, parts.noteWidth, isQuestion);
  return {
    stageSource: bands.length > 0 ? "gaps" : "none",
    stages: bands.map((band) => ({ title: null, band })),
    top: Number.NEGATIVE_INFINITY,
  };
}
