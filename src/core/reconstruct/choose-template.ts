import type { Note } from "../model/note";
import { findBand } from "./grid";
import type { TemplateGrid } from "./template-grid";

/**
 * The template whose grid the journey is read by: the one holding the most notes in its cells.
 * A template that holds none is not the journey the team worked on (a facilitator placed a fresh
 * template beside a board the team filled freely), so then the board is read by its own
 * structure; an empty board is still read by its template.
 */
export function chooseTemplate(
  grids: readonly TemplateGrid[],
  notes: readonly Note[],
): TemplateGrid | undefined {
  let best: TemplateGrid | undefined;
  let most = 0;
  for (const grid of grids) {
    const inside = notes.filter(
      (n) => findBand(grid.stages, n.x) >= 0 && findBand(grid.rows, n.y) >= 0,
    ).length;
    if (inside > most) [best, most] = [grid, inside];
  }
  return best ?? (notes.length > 0 ? undefined : grids[0]);
}
