import type { Rect } from "../board/board-item";
import type { BoardPort, CancelSignal, Progress } from "../board/board-port";
import type { Legend } from "../legend/legend";
import { diffAppItems } from "../plan/diff-app-items";
import { layoutTemplate } from "../template/layout-template";
import { templateItemsFor } from "../template/template-items-for";
import type { TemplateSpecInput } from "../template/template-spec";
import { LAST_TEMPLATE_SCHEMA_VERSION, type LastTemplate } from "./last-template";
import { placedOrigin, wantedRect } from "./template-origin";

export interface StartWorkshopOptions {
  legend?: Legend;
  onProgress?: (progress: Progress) => void;
  signal?: CancelSignal;
}

/** What starting a workshop did: the template's id, the items made, where it stands. */
export interface StartedWorkshop {
  templateId: string;
  created: number;
  /** The template's region on the board; x and y are its top-left corner. */
  rect: Rect;
}

/**
 * Puts a workshop template on the board, for the panel: laid out from the spec, in free space
 * right of what the board holds (at 0,0 on an empty board), brought into view, and kept as the
 * board's last template. Throws a ZodError for a bad spec and a CancelledError when stopped.
 * The same spec makes the same template id, so a run after a cancel (or a second click) finishes
 * the template where it stands instead of starting another: nothing twice, nothing changed.
 */
export async function startWorkshop(
  port: BoardPort,
  spec: TemplateSpecInput,
  options: StartWorkshopOptions = {},
): Promise<StartedWorkshop> {
  const plan = layoutTemplate(spec);
  const board = await port.readItems({ kind: "board" });
  const origin = placedOrigin(plan, board) ?? (await port.findEmptySpace(wantedRect(plan, board)));
  const changes = diffAppItems(
    [{ part: "template", items: templateItemsFor(plan, port.platform) }],
    board,
    {
      groupId: plan.templateId,
      platform: port.platform,
      origin: { x: origin.x, y: origin.y },
      ...(options.legend ? { legend: options.legend } : {}),
    },
  );
  // What is already there stays as the team left it, wherever it is: only what is missing is made.
  const there = new Set(
    board.flatMap((item) => (item.mark?.groupId === plan.templateId ? [item.mark.key] : [])),
  );
  const missing = changes.create.filter((draft) => !there.has(draft.mark.key));
  const created =
    missing.length === 0
      ? []
      : await port.createItems(missing, {
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        });
  const rect = { x: origin.x, y: origin.y, width: plan.width, height: plan.height };
  await port.bringIntoView({ rect });
  const last: LastTemplate = {
    schemaVersion: LAST_TEMPLATE_SCHEMA_VERSION,
    templateId: plan.templateId,
    spec: plan.spec,
    rect,
  };
  await port.writeBoardData("last-template", last);
  return { templateId: plan.templateId, created: created.length, rect };
}
