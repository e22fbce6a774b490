/// <reference types="@figma/plugin-typings/plugin-api" />
import type { ConnectorRecord, FigJamRecord, SceneRecord } from "./figjam-record";
import type { NodeStore } from "./node-store";

/** A point on the page or in a container. */
export interface Point {
  x: number;
  y: number;
}

/**
 * The container a node's `x`/`y` are measured from: its nearest ancestor that is not a group
 * (FigJam, like Figma, skips groups: a group's children share its container's coordinates).
 */
export function containerOf(store: NodeStore, record: SceneRecord): FigJamRecord {
  let parent = store.get(record.parentId);
  while (parent?.type === "GROUP") parent = store.get(parent.parentId);
  return parent ?? store.page;
}

/** Where a container's own coordinates start on the page: its top-left corner. */
export function originOf(store: NodeStore, container: FigJamRecord): Point {
  if (container.type === "PAGE" || container.type === "DOCUMENT") return { x: 0, y: 0 };
  const box = absoluteBox(store, container);
  return { x: box.x, y: box.y };
}

function bounds(boxes: readonly Rect[]): Rect {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Where a connector end lies, in the connector's container coordinates. */
export function endpointPoint(
  store: NodeStore,
  connector: ConnectorRecord,
  endpoint: ConnectorEndpoint,
): Point {
  const target = "endpointNodeId" in endpoint ? store.scene(endpoint.endpointNodeId) : undefined;
  if (!target || !("magnet" in endpoint)) {
    return "position" in endpoint ? { ...endpoint.position } : { x: 0, y: 0 };
  }
  const at = magnetPoint(absoluteBox(store, target), endpoint.magnet);
  const origin = originOf(store, containerOf(store, connector));
  return { x: at.x - origin.x, y: at.y - origin.y };
}

/** The point of a box a connector's magnet holds on to, on the page. */
export function magnetPoint(box: Rect, magnet: ConnectorEndpointEndpointNodeIdAndMagnet["magnet"]) {
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  switch (magnet) {
    case "TOP":
      return { x: centre.x, y: box.y };
    case "BOTTOM":
      return { x: centre.x, y: box.y + box.height };
    case "LEFT":
      return { x: box.x, y: centre.y };
    case "RIGHT":
      return { x: box.x + box.width, y: centre.y };
    default:
      return centre;
  }
}

/** A node's box in its container's coordinates, as its `x`, `y`, `width` and `height` give it. */
export function relativeBox(store: NodeStore, record: SceneRecord): Rect {
  switch (record.type) {
    case "GROUP":
      return bounds(
        record.children.flatMap((id) => {
          const child = store.scene(id);
          return child ? [relativeBox(store, child)] : [];
        }),
      );
    case "CONNECTOR": {
      const ends = [record.connectorStart, record.connectorEnd].map((end) =>
        endpointPoint(store, record, end),
      );
      return bounds(ends.map((end) => ({ ...end, width: 0, height: 0 })));
    }
    default:
      return { x: record.x, y: record.y, width: record.width, height: record.height };
  }
}

/** A node's box on the page: its `absoluteBoundingBox` (rotation aside). */
export function absoluteBox(store: NodeStore, record: SceneRecord): Rect {
  const box = relativeBox(store, record);
  const origin = originOf(store, containerOf(store, record));
  return { ...box, x: origin.x + box.x, y: origin.y + box.y };
}
