import type { ItemPatch } from "../../core/board/board-port";
import { storedFill } from "../../core/colour/stored-fill";
import { hexOfFills, solidFills } from "./figjam-fills";
import { attempt, type FigJamSession } from "./figjam-session";
import type { FigmaSceneNode } from "./figma-api";
import { MEDIUM, REGULAR } from "./font-loader";
import { centreOf, placeCentre } from "./node-geometry";
import { writeText } from "./node-text";
import { patchSection } from "./section-patch";

/**
 * Brings one of the app's nodes to a patch, setting only what differs. Sizes go in as FigJam
 * takes them: a shape and a section by both sides, a text by its width (its height follows its
 * text), a sticky not at all (FigJam keeps its size). A position is the centre on the page;
 * what the patch leaves out stays, the centre too, whatever the new size or text does to the
 * node's top-left corner, where FigJam anchors it. A section moves and resizes as
 * `patchSection` says, never taking a person's node along.
 */
export async function applyPatch(
  session: FigJamSession,
  node: FigmaSceneNode,
  patch: ItemPatch,
): Promise<void> {
  if (node.type === "SECTION") {
    await patchSection(session, node, patch);
    return;
  }
  const before = centreOf(node);
  const set = (change: () => void) => attempt(session, change);
  if (patch.text !== undefined) {
    if (node.type === "STICKY" || node.type === "SHAPE_WITH_TEXT") {
      await writeText(session, node.text, patch.text, { plain: MEDIUM });
    } else if (node.type === "TEXT") {
      await writeText(session, node, patch.text, { plain: REGULAR });
    }
  }
  if (patch.fill !== undefined && (node.type === "STICKY" || node.type === "SHAPE_WITH_TEXT")) {
    const kind = node.type === "STICKY" ? "sticky" : "shape";
    const fill = storedFill(patch.fill, kind, "figjam");
    if (hexOfFills(node.fills) !== fill?.toUpperCase())
      set(() => {
        node.fills = solidFills(fill);
      });
  }
  if (
    node.type === "SHAPE_WITH_TEXT" &&
    (patch.width !== undefined || patch.height !== undefined)
  ) {
    const width = patch.width ?? node.width;
    const height = patch.height ?? node.height;
    if (width !== node.width || height !== node.height) set(() => node.resize(width, height));
  } else if (node.type === "TEXT" && patch.width !== undefined && patch.width !== node.width) {
    const width = patch.width;
    set(() => node.resize(width, Math.max(node.height, 1)));
    set(() => {
      node.textAutoResize = "HEIGHT";
    });
  }
  if (node.type !== "CONNECTOR") {
    set(() => placeCentre(node, { x: patch.x ?? before.x, y: patch.y ?? before.y }));
  }
}
