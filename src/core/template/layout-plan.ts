import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";
import type { PlanItem } from "../plan/plan-item";
import type { TemplateSpec } from "./template-spec";

/**
 * A journey template laid out without any platform in mind. Item positions are centres relative
 * to the plan's top-left corner; every item but the frame sits in the frame.
 */
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
