import type { NamedColourId } from "../../core/colour/named-colour";
import type { LegendMeaning } from "../../core/legend/legend";
import type { WriteBackPart } from "./board-tasks";

/** What a finished task has to tell, as data: the words file says it in the panel's language. */
export type Report =
  | { kind: "template-placed"; created: number }
  | {
      kind: "written";
      part: WriteBackPart;
      stages: number;
      created: number;
      updated: number;
      removed: number;
    }
  | { kind: "analysed"; placed: number; unplaced: number }
  | { kind: "stopped" }
  | { kind: "legend-saved"; colour: NamedColourId; meaning: LegendMeaning }
  | { kind: "copied" }
  | { kind: "copy-refused" }
  | { kind: "downloaded"; fileName: string };
