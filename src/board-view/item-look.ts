import type { BoardItem } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import { DEFAULT_FONT_SIZE, drawnSize, fitFontSize } from "./drawn-size";
import { fillCss, inkOn } from "./item-fill";

/**
 * Everything the drawn board shows of one item, as plain values: the DOM layer only copies
 * these onto elements, and the keyed redraw compares them to touch only what changed.
 */
export interface ItemLook {
  id: string;
  kind: BoardItem["kind"];
  /** Which drawing: `image` and `other` are placeholders, the rest draw their kind. */
  shape: "sticky" | "frame" | "shape" | "text" | "card" | "image" | "other";
  left: number;
  top: number;
  width: number;
  height: number;
  /** A CSS colour, or null for no fill. */
  background: string | null;
  ink: string;
  /** The main text: a note's words, a frame's title, a card's title, a placeholder's label. */
  text: string;
  /** A card's description; empty for the rest. */
  detail: string;
  /** In board units; 0 for a frame's title, which keeps one size on screen at any zoom. */
  fontSize: number;
  align: "left" | "center" | "right";
  /** The app made it (it carries the app's mark). */
  mine: boolean;
}

/** A card's stripe when the file names no theme: Miro's default card blue. */
const CARD_THEME = "#2d9bf0";

/** How an item is drawn on the playground's board. */
export function itemLook(item: BoardItem, platform: Platform): ItemLook {
  const { width, height } = drawnSize(item, platform);
  const shape = shapeOf(item);
  // A FigJam text node's fill is the colour of its letters, not a background.
  const inked = shape === "text" && item.platformType === "TEXT";
  const background =
    shape === "card"
      ? (fillCss(item.fill) ?? CARD_THEME)
      : shape === "image" || inked
        ? null
        : fillCss(item.fill);
  const [title = "", ...rest] = item.text.split("\n");
  const text =
    shape === "card"
      ? title
      : shape === "image"
        ? "Image"
        : shape === "other"
          ? item.platformType
          : item.text;
  // A card's due date is in its words already where the app wrote it; the rest is its description.
  const detail = shape === "card" ? rest.join("\n").trim() : "";
  return {
    id: item.id,
    kind: item.kind,
    shape,
    left: item.x - width / 2,
    top: item.y - height / 2,
    width,
    height,
    background,
    ink: inked ? (fillCss(item.fill) ?? "#1a1a1a") : plainInk(shape, background),
    text,
    detail,
    fontSize: fontSizeOf(item, shape, text, { width, height }),
    align: item.style?.textAlign ?? (shape === "text" || shape === "card" ? "left" : "center"),
    mine: item.mark !== null,
  };
}

/** Frames and cards are written in black on their white; the rest by their fill's lightness. */
function plainInk(shape: ItemLook["shape"], background: string | null): string {
  return shape === "card" || shape === "frame" ? "#1a1a1a" : inkOn(background);
}

function shapeOf(item: BoardItem): ItemLook["shape"] {
  switch (item.kind) {
    case "sticky":
    case "frame":
    case "shape":
    case "text":
    case "card":
      return item.kind;
    default:
      return /image|picture|photo/i.test(item.platformType) ? "image" : "other";
  }
}

function fontSizeOf(
  item: BoardItem,
  shape: ItemLook["shape"],
  text: string,
  box: { width: number; height: number },
): number {
  const given = item.style?.fontSize;
  switch (shape) {
    case "sticky":
      // A sticky's text shrinks to fit it, as on the platforms; the app's own size is a ceiling.
      return fitFontSize(text, box, { min: 8, max: given ?? 32 });
    case "shape":
      return fitFontSize(text, box, { min: 8, max: given ?? 28 });
    case "frame":
      return 0;
    case "card":
      return 18;
    default:
      return given ?? DEFAULT_FONT_SIZE;
  }
}

/** Whether two looks draw the same, so the item's element need not be touched. */
export function sameLook(a: ItemLook, b: ItemLook): boolean {
  return (
    a.left === b.left &&
    a.top === b.top &&
    a.width === b.width &&
    a.height === b.height &&
    a.background === b.background &&
    a.ink === b.ink &&
    a.text === b.text &&
    a.detail === b.detail &&
    a.fontSize === b.fontSize &&
    a.align === b.align &&
    a.mine === b.mine &&
    a.shape === b.shape &&
    a.kind === b.kind
  );
}
