import type { ItemPatch } from "../../core/board/board-port";
import { storedFill } from "../../core/colour/stored-fill";
import { hexOfFills, solidFills } from "./figjam-fills";
import { attempt, type FigJamSession } from "./figjam-session";
import type { FigmaSceneNode, FigmaSectionNode } from "./figma-api";
import { centreOf, sectionOf } from "./node-geometry";
import { markOf } from "./node-mark";
import { READ_TYPES } from "./node-record";

/**
 * Brings one of the app's sections to a patch. What a section holds counts its place from the
 * section's top-left corner, so moving the section takes it along: the app's own nodes in it
 * are moved back by as much, and stay where they were on the page, as the port says. A section
 * that holds a person's node is never moved (the node would go along): it is only resized,
 * about its top-left corner, and no smaller than still holds the people's nodes.
 */
export async function patchSection(
  session: FigJamSession,
  section: FigmaSectionNode,
  patch: ItemPatch,
): Promise<void> {
  const set = (change: () => void) => attempt(session, change);
  if (patch.text !== undefined && section.name !== patch.text) {
    const name = patch.text;
    set(() => {
      section.name = name;
    });
  }
  if (patch.fill !== undefined) {
    const fill = storedFill(patch.fill, "frame", "figjam");
    if (hexOfFills(section.fills) !== fill?.toUpperCase()) {
      set(() => {
        section.fills = solidFills(fill);
      });
    }
  }
  const centre = centreOf(section);
  const asked = { width: patch.width ?? section.width, height: patch.height ?? section.height };
  const target = { x: patch.x ?? centre.x, y: patch.y ?? centre.y };
  const by = {
    x: target.x - asked.width / 2 - (centre.x - section.width / 2),
    y: target.y - asked.height / 2 - (centre.y - section.height / 2),
  };
  const held = section.findAllWithCriteria({ types: [...READ_TYPES] });
  const people = held.filter((node) => markOf(node) === null);
  const placed = held.filter((node) => placesFrom(node, section));
  // The people's nodes whose place counts from the corner keep theirs: the section holds them.
  const theirs = placed.filter((node) => people.includes(node));
  const size = {
    width: Math.max(asked.width, ...theirs.map((node) => node.x + node.width)),
    height: Math.max(asked.height, ...theirs.map((node) => node.y + node.height)),
  };
  if (size.width !== section.width || size.height !== section.height) {
    set(() => section.resizeWithoutConstraints(size.width, size.height));
  }
  if (people.length > 0 || (by.x === 0 && by.y === 0)) return;
  const to = { x: section.x + by.x, y: section.y + by.y };
  set(() => {
    section.x = to.x;
    section.y = to.y;
  });
  for (const node of placed) {
    const back = { x: node.x - by.x, y: node.y - by.y };
    set(() => {
      node.x = back.x;
      node.y = back.y;
    });
  }
}

/**
 * Whether the node's place counts from the section's corner: it is in the section, however many
 * groups lie between, and not in a section inside it (that one's place does, and it goes
 * along). A connector joined at both ends follows its ends instead.
 */
function placesFrom(node: FigmaSceneNode, section: FigmaSectionNode): boolean {
  if (sectionOf(node) !== section.id) return false;
  return !(
    node.type === "CONNECTOR" &&
    "endpointNodeId" in node.connectorStart &&
    "endpointNodeId" in node.connectorEnd
  );
}
