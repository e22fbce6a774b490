import type { BoardItem } from "../../core/board/board-item";
import { generateBoard } from "../../corpus/generate-board";

/** A large generated workshop board, as a Miro REST items file, and what it holds. */
export interface BigBoard {
  /** The Miro REST items JSON. */
  file: unknown;
  items: BoardItem[];
  /** How many notes the team wrote (the corpus's ground truth; no structure among them). */
  notes: number;
}

/**
 * A messy Swedish Miro board of 616 notes in 12 stage frames, from the project's corpus
 * generator: the same board on every run.
 */
export async function bigBoard(): Promise<BigBoard> {
  const board = await generateBoard({
    kind: "frames",
    mess: "moderate",
    platform: "miro",
    seed: 1,
    stages: 12,
    notesPerCell: 16,
    stageWidth: 5,
    language: "sv",
  });
  return { file: board.file, items: board.items, notes: board.truth.size };
}
