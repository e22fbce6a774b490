import type { BoardItem, Rect } from "../../core/board/board-item";
import type { ViewTarget } from "../../core/board/board-port";
import { freeRectNear } from "../memory/board-geometry";
import { inChunks } from "./chunked-run";
import type { FigJamSession } from "./figjam-session";
import type { FigmaSceneNode } from "./figma-api";
import { centreOf } from "./node-geometry";
import { pageNodes } from "./owned-nodes";

/** How much of the screen a region brought into view fills, leaving a margin round it. */
const FILL = 0.9;

/**
 * Brings nodes (`scrollAndZoomIntoView`) or a region (the viewport's centre and zoom, the
 * region filling the screen but a margin) into view. Nodes no longer on the page are left out;
 * with none left there is nothing to show.
 */
export function bringIntoView(session: FigJamSession, target: ViewTarget): void {
  const { viewport } = session.api;
  if ("rect" in target) {
    const { x, y, width, height } = target.rect;
    const { bounds, zoom } = viewport;
    viewport.center = { x: x + width / 2, y: y + height / 2 };
    if (width > 0 && height > 0 && bounds.width > 0 && bounds.height > 0) {
      // The screen's size in pixels is the visible region's size at the current zoom.
      const fit = Math.min((bounds.width * zoom) / width, (bounds.height * zoom) / height);
      viewport.zoom = fit * FILL;
    }
    return;
  }
  const onPage = pageNodes(session);
  const nodes = target.ids.flatMap((id): FigmaSceneNode[] => {
    const node = onPage.get(id);
    return node ? [node] : [];
  });
  if (nodes.length > 0) viewport.scrollAndZoomIntoView(nodes);
}

/**
 * A free region of the wanted size near the wanted place (both top-left based), worked out from
 * what the page holds as the in-memory board does: FigJam has no call for it.
 */
export async function findEmptySpace(session: FigJamSession, want: Rect): Promise<Rect> {
  const nodes = [...pageNodes(session).values()];
  const boxes = await inChunks(
    nodes,
    (node) => (node.removed ? [] : [boxOf(node)]),
    session.settings,
  );
  return freeRectNear(want, boxes.flat());
}

/** What finding space needs of a node: its box, as a record of the port's. */
function boxOf(node: FigmaSceneNode): BoardItem {
  const centre = centreOf(node);
  return {
    id: node.id,
    kind: "other",
    platformType: node.type,
    text: "",
    fill: null,
    ...centre,
    width: node.width,
    height: node.height,
    rotation: 0,
    parentId: null,
    mark: null,
  };
}
