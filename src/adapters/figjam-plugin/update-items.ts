import type { BoardItem } from "../../core/board/board-item";
import type { BatchOptions, ItemPatch } from "../../core/board/board-port";
import { applyPatch } from "./apply-patch";
import { chunkedRun } from "./chunked-run";
import { endWrite } from "./end-write";
import type { FigJamSession } from "./figjam-session";
import { boardItemOfNode } from "./node-record";
import { ownedNodes } from "./owned-nodes";

/**
 * Changes the app's own nodes: all of them checked first (`ownedNodes`: on the page and marked
 * as the app's), then patched in order, in chunks with progress after each (`applyPatch`).
 * Returns the items as they now are, in the order of the patches. A node a person deleted
 * after the check is not brought back: its patch is left out of what is returned.
 */
export async function updateItems(
  session: FigJamSession,
  patches: readonly ItemPatch[],
  options: BatchOptions = {},
): Promise<BoardItem[]> {
  const { nodes } = ownedNodes(
    session,
    patches.map((patch) => patch.id),
  );
  if (patches.length > 0) session.undo.noteChange();
  const outcome = await chunkedRun(
    patches,
    async (patch): Promise<BoardItem | null> => {
      const node = nodes.get(patch.id);
      if (!node || node.removed) return null;
      await applyPatch(session, node, patch);
      return boardItemOfNode(node);
    },
    session.settings,
    options,
  );
  endWrite(session, outcome, patches.length);
  return outcome.results.filter((item): item is BoardItem => item !== undefined && item !== null);
}
