/**
 * The two core tasks the panel runs, reached through this one module so that only it changes
 * when the core's API moves. `startWorkshop` is composed here from the core's layout and drafts
 * until the core's own task lands.
 */
import type { Rect } from "../../core/board/board-item";
import type { BoardPort, CancelSignal, Progress } from "../../core/board/board-port";
import type { Legend } from "../../core/legend/legend";
import { planToDrafts } from "../../core/plan/plan-to-drafts";
import { layoutTemplate } from "../../core/template/layout-template";
import type { TemplateSpecInput } from "../../core/template/template-spec";

export {
  type WriteBackPart,
  type WriteBackResult,
  writeBack,
} from "../../core/writeback/write-back";

export interface StartWorkshopOptions {
  legend?: Legend;
  onProgress?: (progress: Progress) => void;
  signal?: CancelSignal;
}

/** What starting a workshop put on the board. */
export interface WorkshopStarted {
  templateId: string;
  created: number;
  rect: Rect;
}

/** Lays a template out in free space, brings it into view and records it on the board. */
export async function startWorkshop(
  port: BoardPort,
  spec: TemplateSpecInput,
  options: StartWorkshopOptions = {},
): Promise<WorkshopStarted> {
  const plan = layoutTemplate(spec);
  const rect = await port.findEmptySpace({ x: 0, y: 0, width: plan.width, height: plan.height });
  const drafts = planToDrafts(plan.items, {
    part: "template",
    groupId: plan.templateId,
    platform: port.platform,
    ...(options.legend ? { legend: options.legend } : {}),
    origin: { x: rect.x, y: rect.y },
  });
  const created = await port.createItems(drafts, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  await port.bringIntoView({ rect });
  await port.writeBoardData("last-template", { templateId: plan.templateId, rect });
  return { templateId: plan.templateId, created: created.length, rect };
}
