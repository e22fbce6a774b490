import type { BoardItem } from "../board/board-item";
import { recogniseLane } from "../lexicon/recognise-lane";

/** A title is a line of words, not a paragraph. */
const MAX_TITLE_LENGTH = 80;
const LANE_CONFIDENCE = 0.8;

/**
 * The title written above a journey drawn without a frame: the topmost text standing alone in
 * its row above all of the journey's notes. A row of several texts is stage titles, and a text
 * naming a lane is a label, so neither is a title. Null where there is none.
 */
export function titleAbove(items: readonly BoardItem[]): string | null {
  let top = Number.POSITIVE_INFINITY;
  for (const item of items)
    if (item.kind === "sticky" && item.mark === null && !item.noPosition)
      top = Math.min(top, item.y - item.height / 2);
  if (!Number.isFinite(top)) return null;
  const above = items.filter(
    (i) =>
      (i.kind === "text" || i.kind === "shape") &&
      i.mark === null &&
      i.text.trim() !== "" &&
      i.y + i.height / 2 <= top,
  );
  const alone = above.filter(
    (i) => !above.some((o) => o !== i && Math.abs(o.y - i.y) < Math.max(i.height, o.height) / 2),
  );
  const title = alone
    .sort((a, b) => a.y - b.y)
    .map((i) => i.text.trim().split("\n")[0]?.trim() ?? "")
    .find(
      (text) =>
        text.length > 0 &&
        text.length <= MAX_TITLE_LENGTH &&
        (recogniseLane(text)?.confidence ?? 0) < LANE_CONFIDENCE,
    );
  return title ?? null;
}
