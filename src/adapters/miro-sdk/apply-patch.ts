import type { ItemPatch } from "../../core/board/board-port";
import { cardText, contentOf } from "./create-request";
import { hexFill, stickyColour } from "./miro-fills";
import {
  isAppCard,
  isCard,
  isFrame,
  isPlaced,
  isShape,
  isSticky,
  isText,
  type MiroBoardItem,
} from "./miro-item-types";

/**
 * Writes a patch into an item view, ready for `sync()`. `offset` is the board position of the
 * view's origin: its frame's top-left corner, or 0,0 on the open board, so a framed item's
 * board centre goes in relative to its frame. Sizes go in as Miro takes them: a sticky note,
 * a card and a text by width (their height follows), a frame by both sides; a shape's size the
 * SDK's typings keep read-only, so it stays.
 */
export function applyPatch(
  view: MiroBoardItem,
  patch: ItemPatch,
  offset: { x: number; y: number },
): void {
  if (patch.text !== undefined) setText(view, patch.text);
  if (patch.fill !== undefined) setFill(view, patch.fill);
  if (isPlaced(view)) {
    if (patch.x !== undefined) view.x = patch.x - offset.x;
    if (patch.y !== undefined) view.y = patch.y - offset.y;
  }
  if (isSticky(view)) {
    // A sticky takes one side and keeps its shape; the width says more of a note's size.
    if (patch.width !== undefined) view.width = patch.width;
    else if (patch.height !== undefined) view.height = patch.height;
  } else if (isCard(view) || isText(view)) {
    if (patch.width !== undefined) view.width = patch.width;
  } else if (isFrame(view)) {
    if (patch.width !== undefined) view.width = patch.width;
    if (patch.height !== undefined) view.height = patch.height;
  }
  if (isCard(view) && patch.due !== undefined) view.dueDate = patch.due ?? undefined;
}

function setText(view: MiroBoardItem, text: string): void {
  if (isSticky(view) || isShape(view) || isText(view)) {
    // Bold stays bold: the app's bold items are bold all through.
    view.content = contentOf({ text, style: { bold: view.content.includes("<strong>") } });
  } else if (isCard(view) || isAppCard(view)) {
    Object.assign(view, cardText(text));
  } else if (isFrame(view)) {
    view.title = text;
  }
}

function setFill(view: MiroBoardItem, fill: string | null): void {
  if (isSticky(view)) {
    // Miro has no sticky note without a fill: asked for none, it keeps the one it has.
    const fillColor = stickyColour(fill);
    if (fillColor) view.style = { ...view.style, fillColor };
  } else if (isShape(view)) {
    view.style = {
      ...view.style,
      fillColor: hexFill(fill, "shape"),
      fillOpacity: fill === null ? 0 : 1,
    };
  } else if (isText(view)) {
    const shown = fill === null ? {} : { fillOpacity: 1 };
    view.style = { ...view.style, fillColor: hexFill(fill, "text"), ...shown };
  } else if (isFrame(view)) {
    view.style = { ...view.style, fillColor: hexFill(fill, "frame") };
  } else if (isCard(view)) {
    view.style = { ...view.style, cardTheme: hexFill(fill, "card") };
  }
}
