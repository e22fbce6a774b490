import type { BatchOptions } from "../../core/board/board-port";
import { HoldsUserItemsError } from "../../core/board/ownership";
import { chunkedRun } from "./chunked-run";
import { endWrite } from "./end-write";
import { attempt, type FigJamSession, isGoneError } from "./figjam-session";
import type { FigmaSceneNode, FigmaSectionNode } from "./figma-api";
import { centreOf, placeCentre, sectionOf } from "./node-geometry";
import { markOf } from "./node-mark";
import { READ_TYPES } from "./node-record";
import { ownedNodes } from "./owned-nodes";

/**
 * Removes the app's own nodes: all checked first (`ownedNodes`), and a section of the app's that
 * holds a person's node, however deep, refused with HoldsUserItemsError before anything changes.
 * FigJam removes a section with everything in it, so the app's own nodes in it that are not
 * being removed are first moved out to where the section sits (its parent), staying where they
 * are on the page. A node the session read or made that a person deleted since counts as
 * removed; an id it never saw that is not on the page is refused (MissingItemError).
 */
export async function removeItems(
  session: FigJamSession,
  ids: readonly string[],
  options: BatchOptions = {},
): Promise<void> {
  const { nodes } = ownedNodes(session, ids, { goneSeen: true });
  const removing = new Set(ids);
  const kept = new Map<string, FigmaSceneNode[]>();
  for (const node of nodes.values()) {
    if (node.type !== "SECTION") continue;
    const held = node.findAllWithCriteria({ types: [...READ_TYPES] });
    const people = held.filter((inside) => markOf(inside) === null && !removing.has(inside.id));
    if (people.length > 0) {
      throw new HoldsUserItemsError(
        node.id,
        people.map((inside) => inside.id),
      );
    }
    kept.set(
      node.id,
      held.filter((inside) => sectionOf(inside) === node.id && !removing.has(inside.id)),
    );
  }
  if (nodes.size > 0) session.undo.noteChange();
  const outcome = await chunkedRun(
    ids,
    (id) => {
      const node = nodes.get(id);
      if (!node || node.removed) return;
      if (node.type === "SECTION") moveOut(session, node, kept.get(id) ?? []);
      try {
        attempt(session, () => node.remove());
      } catch (error) {
        if (!isGoneError(error)) throw error;
      }
    },
    session.settings,
    options,
  );
  endWrite(session, outcome, ids.length);
}

/** Moves the nodes out of the section into its parent, each keeping its place on the page. */
function moveOut(session: FigJamSession, section: FigmaSectionNode, nodes: FigmaSceneNode[]) {
  const parent = section.parent;
  const to =
    parent?.type === "SECTION" || parent?.type === "PAGE" ? parent : session.api.currentPage;
  for (const node of nodes) {
    if (node.removed) continue;
    const centre = centreOf(node);
    attempt(session, () => to.appendChild(node));
    attempt(session, () => placeCentre(node, centre));
  }
}
