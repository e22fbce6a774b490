import type { BoardItem } from "../../core/board/board-item";
import type { BatchOptions, ItemPatch } from "../../core/board/board-port";
import { applyPatch } from "./apply-patch";
import { boardCentres } from "./board-centres";
import { boardItemOf } from "./board-item-of-view";
import { endWrite } from "./end-write";
import { isPlaced } from "./miro-item-types";
import { lookUp, type MiroSession } from "./miro-session";
import { orderedPool } from "./ordered-pool";
import { ownedViews } from "./owned-views";

/**
 * Changes the app's own items: all of them checked first (`ownedViews`), then each patched on
 * its view and synced, one call per item that changes, `concurrency` at a time, in order.
 * Returns the items as they now are, in board coordinates.
 */
export async function updateItems(
  session: MiroSession,
  patches: readonly ItemPatch[],
  options: BatchOptions = {},
): Promise<BoardItem[]> {
  const views = await ownedViews(
    session,
    patches.map((patch) => patch.id),
  );
  const centres = await boardCentres([...views.values()], (id) => lookUp(session, id));
  const offsets = new Map(
    [...views.values()].map((view) => {
      const centre = centres.get(view.id) ?? { x: 0, y: 0 };
      const own = isPlaced(view) ? view : { x: 0, y: 0 };
      return [view.id, { x: centre.x - own.x, y: centre.y - own.y }];
    }),
  );
  const signal = options.signal;
  const outcome = await orderedPool(
    patches,
    async (patch) => {
      const view = views.get(patch.id);
      const offset = offsets.get(patch.id) ?? { x: 0, y: 0 };
      if (!view) throw new Error(`no item ${patch.id} on the board`);
      const before = JSON.stringify(view);
      applyPatch(view, patch, offset);
      // A patch of what Miro decides itself (a card's or a text's height) changes no field:
      // there is nothing to send.
      if (JSON.stringify(view) !== before) await session.runner.run(() => view.sync(), signal);
      const centre = isPlaced(view) ? { x: view.x + offset.x, y: view.y + offset.y } : offset;
      const mark = session.marks.known(view.id) ?? null;
      return boardItemOf(view, { centre, mark, tagTitle: () => undefined });
    },
    {
      concurrency: session.settings.concurrency,
      ...(signal ? { signal } : {}),
      onDone: (done) => options.onProgress?.({ done, total: patches.length }),
    },
  );
  await endWrite(session, outcome, patches.length);
  return outcome.results.filter((item): item is BoardItem => item !== undefined);
}
