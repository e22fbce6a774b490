import type { ItemStyle } from "../board/board-item";
import type { DraftKind } from "../board/board-port";
import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";
import type { TemplateSpec } from "./template-spec";

/** What each item of a template is for; written into the app's mark. */
export type TemplateRole =
  | "journey-frame"
  | "title"
  | "header-card"
  | "stage-header"
  | "lane-label"
  | "cell"
  | "legend-title"
  | "legend-swatch"
  | "parking-lot";

/** A colour by meaning; the platform and legend decide the actual fill. */
export type ColourRole =
  | { kind: "lane"; lane: LaneKind }
  | { kind: "stage-header" }
  | { kind: "paper" }
  | { kind: "none" };

/** One item of the plan. Positions are centres relative to the plan's top-left corner. */
export interface PlanItem {
  key: string;
  role: TemplateRole;
  kind: DraftKind;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: ColourRole;
  style?: ItemStyle;
}

/** A journey template laid out without any platform in mind. */
export interface LayoutPlan {
  templateId: string;
  spec: TemplateSpec;
  width: number;
  height: number;
  /** The stage columns and lane rows of the grid, relative to the plan's top-left corner. */
  stages: { title: string; band: Band }[];
  lanes: { kind: LaneKind; title: string; band: Band }[];
  items: PlanItem[];
}
