import type { BoardItem } from "../../core/board/board-item";
import type { Platform } from "../../core/colour/named-colour";
import { generateBoard } from "../../corpus/generate-board";

/** How many of the team's notes the benchmark's board holds. */
export const NOTES = 300;

/**
 * A Swedish workshop board of six stage frames (sections in FigJam) holding exactly NOTES of the
 * team's notes, as a team leaves it: the same board every run.
 */
export async function workshopBoard(platform: Platform = "miro"): Promise<BoardItem[]> {
  const board = await generateBoard({
    kind: "frames",
    mess: "moderate",
    platform,
    seed: 7,
    stages: 6,
    language: "sv",
    // Cells hold up to this many notes, so the trimmed board fills every stage on both platforms.
    notesPerCell: platform === "miro" ? 20 : 24,
  });
  let notes = 0;
  const kept = board.items.filter((item) => {
    if (item.kind !== "sticky" || board.structure.has(item.id)) return true;
    notes += 1;
    return notes <= NOTES;
  });
  if (notes < NOTES) throw new Error(`the generated board has ${notes} notes, fewer than ${NOTES}`);
  return kept;
}
