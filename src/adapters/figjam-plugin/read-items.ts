import type { BoardItem } from "../../core/board/board-item";
import type { BoardScope } from "../../core/board/board-port";
import { inChunks } from "./chunked-run";
import { type FigJamSession, isGoneError } from "./figjam-session";
import type { FigmaParentNode, FigmaSceneNode } from "./figma-api";
import { boardItemOfNode, READ_TYPES } from "./node-record";
import { tableCells } from "./table-cells";

/**
 * The items of a scope as the port's plain records, in page coordinates, with the app's marks,
 * from one `findAllWithCriteria` of the current page (page order: a section before what it
 * holds):
 * - the board: every sticky, section, shape, text, table (and its cells), connector and stamp;
 * - the selection: the nodes picked, and what a picked section or group holds;
 * - a container: what the section holds however deep, not the section itself.
 * A group is never an item: what it holds is, where it stands. The records are made in chunks,
 * FigJam's thread given back between them; a node a person deleted meanwhile is left out.
 */
export async function readItems(session: FigJamSession, scope: BoardScope): Promise<BoardItem[]> {
  const page = session.api.currentPage;
  const all = page.findAllWithCriteria({ types: [...READ_TYPES] });
  const nodes =
    scope.kind === "board"
      ? all
      : scope.kind === "selection"
        ? inSelection(all, new Set(page.selection.map((node) => node.id)))
        : all.filter((node) => insideAny(node.parent, new Set([scope.id])));
  const records = await inChunks(nodes, (node) => recordsOf(node), session.settings);
  const items = records.flat();
  for (const item of items) session.seen.add(item.id);
  return items;
}

/** The node's records: itself, and a table's cells; none for a node deleted meanwhile. */
function recordsOf(node: FigmaSceneNode): BoardItem[] {
  try {
    if (node.removed) return [];
    const record = boardItemOfNode(node);
    return node.type === "TABLE" ? [record, ...tableCells(node)] : [record];
  } catch (error) {
    if (isGoneError(error)) return [];
    throw error;
  }
}

/** The nodes picked, and those inside a picked section or group. */
function inSelection(
  nodes: readonly FigmaSceneNode[],
  picked: ReadonlySet<string>,
): FigmaSceneNode[] {
  if (picked.size === 0) return [];
  return nodes.filter((node) => picked.has(node.id) || insideAny(node.parent, picked));
}

/** Whether the chain of parents from `parent` up passes one of the nodes `ids`. */
function insideAny(parent: FigmaParentNode | null, ids: ReadonlySet<string>): boolean {
  const seen = new Set<FigmaParentNode>();
  for (let at = parent; at && !seen.has(at); at = at.parent) {
    if (ids.has(at.id)) return true;
    if (at.type === "PAGE" || at.type === "DOCUMENT") return false;
    seen.add(at);
  }
  return false;
}
