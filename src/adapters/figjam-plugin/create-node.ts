import type { ItemDraft } from "../../core/board/board-port";
import { storedFill } from "../../core/colour/stored-fill";
import { solidFills } from "./figjam-fills";
import { attempt, type FigJamSession } from "./figjam-session";
import type { FigmaSceneNode, FigmaSectionNode } from "./figma-api";
import { MEDIUM, REGULAR } from "./font-loader";
import { placeCentre } from "./node-geometry";
import { setMark } from "./node-mark";
import { writeText } from "./node-text";

/** Wider than tall by this much, a sticky (or a card) is FigJam's wide sticky. */
const WIDE_RATIO = 1.3;

/** Where a draft goes: the section it sits in, and a connector's ends, as nodes' ids. */
export interface DraftLinks {
  section: FigmaSectionNode | null;
  ends: { from: string; to: string } | null;
}

/**
 * Makes one draft's node, in this order: create, mark (shared plugin data), then its content,
 * its section and its place, so nothing of it happens before it is marked as the app's. The
 * node is in `unmarked` from its creation until its mark is on, for a write that stops there to
 * remove it. FigJam has no cards: a card is a sticky, as the port's records of FigJam say.
 */
export async function makeNode(
  session: FigJamSession,
  draft: ItemDraft,
  links: DraftLinks,
  unmarked: Set<FigmaSceneNode>,
): Promise<FigmaSceneNode> {
  const { api } = session;
  const node = attempt(session, (): FigmaSceneNode => {
    switch (draft.kind) {
      case "sticky":
      case "card":
        return api.createSticky();
      case "shape":
        return api.createShapeWithText();
      case "text":
        return api.createText();
      case "frame":
        return api.createSection();
      case "connector":
        return api.createConnector();
    }
  });
  session.undo.noteChange();
  unmarked.add(node);
  attempt(session, () => setMark(node, draft.mark));
  unmarked.delete(node);
  session.seen.add(node.id);
  await fillIn(session, node, draft, links);
  if (links.section) {
    const section = links.section;
    attempt(session, () => section.appendChild(node));
  }
  if (node.type !== "CONNECTOR") attempt(session, () => placeCentre(node, draft));
  return node;
}

/** Sets what the draft says on its new node: text, fill, size, ends. */
async function fillIn(
  session: FigJamSession,
  node: FigmaSceneNode,
  draft: ItemDraft,
  links: DraftLinks,
): Promise<void> {
  const set = (change: () => void) => attempt(session, change);
  const bold = draft.style?.bold;
  // A named colour (`figjam:red`) is drawn with its swatch's fill.
  const fill = storedFill(draft.fill, draft.kind, "figjam");
  switch (node.type) {
    case "STICKY":
      if (draft.width > draft.height * WIDE_RATIO) set(() => (node.isWideWidth = true));
      set(() => (node.fills = solidFills(fill)));
      await writeText(session, node.text, draft.text, { bold, plain: MEDIUM });
      return;
    case "SHAPE_WITH_TEXT":
      set(() => node.resize(draft.width, draft.height));
      set(() => (node.fills = solidFills(fill)));
      await writeText(session, node.text, draft.text, { bold, plain: MEDIUM });
      return;
    case "TEXT": {
      // A text's fills colour its letters: the port's fill of a text (a background) has no
      // place in FigJam, and the letters keep FigJam's colour.
      await writeText(session, node, draft.text, { bold, plain: REGULAR });
      const fontSize = draft.style?.fontSize;
      if (fontSize) set(() => (node.fontSize = fontSize));
      set(() => node.resize(draft.width, Math.max(node.height, 1)));
      // Set after the width: the height then fits the text at that width.
      set(() => (node.textAutoResize = "HEIGHT"));
      return;
    }
    case "SECTION":
      set(() => (node.name = draft.text));
      set(() => node.resizeWithoutConstraints(draft.width, draft.height));
      set(() => (node.fills = solidFills(fill)));
      return;
    case "CONNECTOR": {
      const ends = links.ends;
      if (!ends) throw new Error(`draft ${draft.ref}: a connector needs the items it joins`);
      set(() => (node.connectorStart = { endpointNodeId: ends.from, magnet: "AUTO" }));
      set(() => (node.connectorEnd = { endpointNodeId: ends.to, magnet: "AUTO" }));
      // The feelings curve is a line from point to point, not a flow of arrows.
      set(() => (node.connectorLineType = "STRAIGHT"));
      set(() => (node.connectorEndStrokeCap = "NONE"));
      return;
    }
    default:
      return;
  }
}
