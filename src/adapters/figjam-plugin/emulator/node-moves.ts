import type { FigJamRecord, SceneRecord } from "./figjam-record";
import { endpointPoint } from "./node-geometry";
import type { NodeStore } from "./node-store";

/**
 * The nodes a move of `record` by (dx, dy) shifts on the page: the node and everything in it (a
 * section's or a group's contents go along).
 */
export function movedBy(store: NodeStore, record: SceneRecord): SceneRecord[] {
  return [record, ...store.descendants(record.id)];
}

/**
 * Moves a node by (dx, dy) in its container's coordinates. A node with a box shifts it (what it
 * holds keeps its coordinates, so goes along); a group shifts its children; a connector shifts the
 * ends that are positions, its attached ends stay on their nodes.
 */
export function moveBy(store: NodeStore, record: SceneRecord, dx: number, dy: number): void {
  switch (record.type) {
    case "GROUP":
      for (const id of record.children) {
        const child = store.scene(id);
        if (child) moveBy(store, child, dx, dy);
      }
      return;
    case "CONNECTOR":
      for (const side of ["connectorStart", "connectorEnd"] as const) {
        const end = record[side];
        if ("position" in end && !("endpointNodeId" in end)) {
          record[side] = { position: { x: end.position.x + dx, y: end.position.y + dy } };
        }
      }
      return;
    default:
      record.x += dx;
      record.y += dy;
  }
}

/** What a removal takes off the page or changes, worked out before anything changes. */
export interface RemovalPlan {
  /** The outermost node that goes: the node itself, or the group it leaves empty. */
  top: SceneRecord;
  /** The node and everything in it, and groups left empty by it. */
  gone: SceneRecord[];
  /** Connectors that stay, with an end on a node that goes: that end becomes a position. */
  loosened: {
    connector: SceneRecord & { type: "CONNECTOR" };
    side: "connectorStart" | "connectorEnd";
  }[];
}

/**
 * The plan of removing a node: it goes with everything in it; a group it leaves empty goes too,
 * as FigJam deletes empty groups; a connector attached to a node that goes stays, its end left
 * where the node was.
 */
export function removalPlan(store: NodeStore, record: SceneRecord): RemovalPlan {
  const gone = [record, ...store.descendants(record.id)];
  let parent: FigJamRecord | undefined = store.get(record.parentId);
  let top = record;
  while (parent?.type === "GROUP" && parent.children.every((id) => id === top.id)) {
    gone.push(parent);
    top = parent;
    parent = store.get(parent.parentId);
  }
  const goneIds = new Set(gone.map((node) => node.id));
  const loosened: RemovalPlan["loosened"] = [];
  for (const node of store.all()) {
    if (node.type !== "CONNECTOR" || goneIds.has(node.id)) continue;
    for (const side of ["connectorStart", "connectorEnd"] as const) {
      const end = node[side];
      if ("endpointNodeId" in end && goneIds.has(end.endpointNodeId)) {
        loosened.push({ connector: node, side });
      }
    }
  }
  return { top, gone, loosened };
}

/** Carries out a removal plan. */
export function removeByPlan(store: NodeStore, plan: RemovalPlan): void {
  const ends = plan.loosened.map(({ connector, side }) => ({
    connector,
    side,
    at: endpointPoint(store, connector, connector[side]),
  }));
  for (const { connector, side, at } of ends) connector[side] = { position: at };
  store.remove(plan.top.id);
}
