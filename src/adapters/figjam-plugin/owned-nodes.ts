import { MissingItemError, NotAppOwnedError } from "../../core/board/ownership";
import type { FigJamSession } from "./figjam-session";
import type { FigmaSceneNode } from "./figma-api";
import { markOf } from "./node-mark";
import { READ_TYPES } from "./node-record";

/** The app's nodes a write is about to change, by id; and the ids of those gone meanwhile. */
export interface OwnedNodes {
  nodes: Map<string, FigmaSceneNode>;
  /** Ids the session read or made, of nodes a person deleted since (only when allowed). */
  gone: Set<string>;
}

/** Every node of the page a read would find, by id: one search, no call per id. */
export function pageNodes(session: FigJamSession): Map<string, FigmaSceneNode> {
  const found = session.api.currentPage.findAllWithCriteria({ types: [...READ_TYPES] });
  return new Map(found.map((node) => [node.id, node]));
}

/**
 * The nodes of the ids, checked before anything changes: every id must be on the page (else
 * MissingItemError) and carry the app's mark (else NotAppOwnedError). With `goneSeen`, an id
 * the session read or made whose node is gone (a person deleted it since) is no error: it is
 * listed in `gone` for the caller to count as done.
 */
export function ownedNodes(
  session: FigJamSession,
  ids: readonly string[],
  options: { goneSeen?: boolean } = {},
): OwnedNodes {
  const onPage = pageNodes(session);
  const nodes = new Map<string, FigmaSceneNode>();
  const gone = new Set<string>();
  const missing: string[] = [];
  const foreign: string[] = [];
  for (const id of new Set(ids)) {
    const node = onPage.get(id);
    if (!node) {
      if (options.goneSeen && session.seen.has(id)) gone.add(id);
      else missing.push(id);
    } else if (markOf(node) === null) foreign.push(id);
    else nodes.set(id, node);
  }
  if (missing.length > 0) throw new MissingItemError(missing);
  if (foreign.length > 0) throw new NotAppOwnedError(foreign);
  return { nodes, gone };
}
