import type { ItemKey } from "../board/app-items/item-key";
import type { Platform } from "../colour/named-colour";
import type { PlanItem } from "../plan/plan-item";
import { box } from "./box";
import type { LayoutPlan } from "./layout-plan";

/**
 * The template's items as a platform draws them. On Miro, the plan as laid out: frames there do
 * not nest. FigJam's idiom for a column is a section, and its sections nest: there each stage
 * gets a section inside the journey section, named after the stage and holding the stage's
 * header and cells, so a team sees (and can move, collapse or jump to) a stage as one thing.
 */
export function templateItemsFor(plan: LayoutPlan, platform: Platform): PlanItem[] {
  if (platform !== "figjam") return plan.items;
  const sections = plan.stages.flatMap((stage, index) => {
    const column = plan.items.filter((item) => stageOf(item.key) === index);
    if (column.length === 0) return [];
    const top = Math.min(...column.map((item) => item.y - item.height / 2));
    const bottom = Math.max(...column.map((item) => item.y + item.height / 2));
    const section: PlanItem = {
      key: { role: "stage-section", stage: index },
      kind: "frame",
      text: stage.title,
      ...box(stage.band.start, top, stage.band.end - stage.band.start, bottom - top),
      colour: { kind: "none" },
      parent: { role: "journey-frame" },
    };
    return [section];
  });
  const moved = plan.items.map((item) => {
    const stage = stageOf(item.key);
    return stage === null ? item : { ...item, parent: { role: "stage-section", stage } as const };
  });
  // Containers before what they hold: the journey section, then the stages', then the rest.
  const isFrame = (item: PlanItem) => item.key.role === "journey-frame";
  return [...moved.filter(isFrame), ...sections, ...moved.filter((item) => !isFrame(item))];
}

/** The stage whose column an item of the grid stands in: its header and its cells. */
function stageOf(key: ItemKey): number | null {
  return key.role === "stage-header" || key.role === "cell" ? key.stage : null;
}
