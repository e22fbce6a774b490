/// <reference types="@figma/plugin-typings/plugin-api" />
import type { FigmaSceneNode } from "../figma-api";
import type { Change } from "./call-gate";
import { missingNodeError, refusedError } from "./figjam-errors";
import { childrenOf, type SceneRecord } from "./figjam-record";
import { liveScene, type ViewContext } from "./view-context";

/** What `findAllWithCriteria` takes: node types, and shared plugin data in a namespace. */
export interface FindCriteria {
  types?: readonly string[];
  sharedPluginData?: { namespace: string; keys?: string[] };
}

function hasShared(record: SceneRecord, wanted: NonNullable<FindCriteria["sharedPluginData"]>) {
  const entries = record.shared[wanted.namespace];
  if (!entries) return false;
  return wanted.keys ? wanted.keys.some((key) => key in entries) : Object.keys(entries).length > 0;
}

/** Every descendant of a node (not the node) that meets the criteria, in document order. */
export function findAll(
  ctx: ViewContext,
  rootId: string,
  criteria: FindCriteria,
): FigmaSceneNode[] {
  const types = criteria.types && new Set<string>(criteria.types);
  const shared = criteria.sharedPluginData;
  return ctx.store
    .descendants(rootId)
    .filter(
      (record) => (!types || types.has(record.type)) && (!shared || hasShared(record, shared)),
    )
    .map((record) => ctx.sceneView(record));
}

/** The children of a container, as views. */
export function childViews(ctx: ViewContext, id: string): FigmaSceneNode[] {
  const record = ctx.store.get(id);
  return (record ? (childrenOf(record) ?? []) : []).flatMap((childId) => {
    const child = ctx.store.scene(childId);
    return child ? [ctx.sceneView(child)] : [];
  });
}

/** Throws as FigJam does for a move it refuses. */
function checkMove(ctx: ViewContext, parentId: string, child: SceneRecord): void {
  const cannot = (reason: string) => refusedError("appendChild", `Cannot move node. ${reason}`);
  const parent = ctx.store.get(parentId);
  if (!parent || !childrenOf(parent))
    throw cannot("New parent is of a type that cannot have children");
  if (parentId === child.id || ctx.store.descendants(child.id).some((d) => d.id === parentId)) {
    throw cannot("Doing so would create a parenting cycle");
  }
  if (child.type === "SECTION" && parent.type !== "PAGE" && parent.type !== "SECTION") {
    throw cannot("A section can only be placed on a page or in another section");
  }
}

/**
 * Moves a node into a container, on top of its other children. As in Figma, the node keeps its
 * `x`/`y`, which now count from the new container: it moves on the page unless both containers
 * start at the same point. A group it leaves empty goes, as FigJam deletes empty groups.
 */
export function appendChild(ctx: ViewContext, parentId: string, node: FigmaSceneNode): void {
  ctx.gate.write("appendChild", (change: Change) => {
    if (!ctx.store.has(parentId)) throw missingNodeError("appendChild", parentId);
    const child = liveScene(ctx, node.id, "appendChild");
    checkMove(ctx, parentId, child);
    const old = ctx.store.get(child.parentId);
    const emptied = old?.type === "GROUP" && old.children.length === 1 && old.id !== parentId;
    change.touch([child, ...ctx.store.descendants(child.id), ...(emptied ? [old] : [])]);
    ctx.store.setParent(child, parentId);
    if (emptied) ctx.store.remove(old.id);
  });
}
