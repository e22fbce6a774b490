import type { BoardItem } from "../../core/board/board-item";
import { NAMED_COLOUR_IDS, type NamedColourId } from "../../core/colour/named-colour";
import { nearestColour } from "../../core/colour/nearest-colour";
import { hexOf } from "../../core/colour/swatches";

/** FigJam's node type for each kind of item a Miro board holds. */
const FIGJAM_TYPE: Partial<Record<BoardItem["kind"], string>> = {
  sticky: "STICKY",
  frame: "SECTION",
  shape: "SHAPE_WITH_TEXT",
  text: "TEXT",
  card: "STICKY",
  connector: "CONNECTOR",
};

/** A FigJam sticky's one size, and its wide one. */
const STICKY = 240;
const WIDE_STICKY = 416;

/** The FigJam colour nearest a Miro fill (a sticky colour's name or a hex), as its hex. */
function figjamFill(fill: string | null): string | null {
  if (fill === null) return null;
  const named = `miro:${fill}`;
  const hex = (NAMED_COLOUR_IDS as readonly string[]).includes(named)
    ? hexOf(named as NamedColourId)
    : fill;
  const match = nearestColour(hex, "figjam");
  return match ? hexOf(match.colour) : hex;
}

/**
 * A Miro board as a team would have made it in FigJam: frames become sections, cards and notes
 * stickies of FigJam's sizes in its nearest colours, shapes shapes with text. Positions and
 * texts stay; what FigJam has no node for (images) is left out. For the playground's FigJam
 * emulator, which starts from the same sample as its Miro board.
 */
export function figjamCopy(items: readonly BoardItem[]): BoardItem[] {
  return items.flatMap((item) => {
    const platformType = FIGJAM_TYPE[item.kind];
    if (platformType === undefined) return [];
    const sticky = platformType === "STICKY";
    const wide = sticky && item.width > item.height * 1.3;
    return [
      {
        ...item,
        kind: item.kind === "card" ? "sticky" : item.kind,
        platformType,
        fill: item.kind === "frame" ? item.fill : figjamFill(item.fill),
        ...(sticky ? { width: wide ? WIDE_STICKY : STICKY, height: STICKY } : {}),
      },
    ];
  });
}
