import type { NamedColourId } from "../../core/colour/named-colour";
import type { Random } from "../random";
import type { DrawnGrid } from "./lane-grid";
import type { Sketch } from "./sketch";

/** Dot colours teams vote with: the darker ones, which stand out on a note. */
const DOT_COLOURS: Record<"miro" | "figjam", readonly NamedColourId[]> = {
  miro: ["miro:red", "miro:black", "miro:dark_blue", "miro:orange", "miro:violet"],
  figjam: ["figjam:red", "figjam:violet", "figjam:blue", "figjam:orange"],
};
/** FigJam's stamps, by the names a file gives them. */
const STAMPS = ["thumbs_up", "heart", "plus_one", "star", "+1"];

/**
 * The team's votes on a share of the notes (cards too): one to five marks each, in the note's
 * upper corner, stacked, the top ones now and then half over its edge. Miro has dot stickies;
 * FigJam stamps, dot stickies, or both. A dot or two dropped on no note votes for nothing.
 */
export function drawVoteMarks(sketch: Sketch, grid: DrawnGrid, random: Random): void {
  const marks =
    sketch.platform === "miro" ? "dots" : random.pick(["stamps", "dots", "both"] as const);
  const share = random.between(0.1, 0.25);
  const dotScale = random.between(0.12, 0.25);
  for (const id of grid.notes) {
    if (!random.chance(share)) continue;
    const note = sketch.items.find((i) => i.id === id);
    if (!note) continue;
    const count = random.int(1, 5);
    const stamp = marks === "stamps" || (marks === "both" && random.chance(0.5));
    const size = stamp ? random.between(44, 64) : Math.min(note.width, note.height) * dotScale;
    const colour = random.pick(DOT_COLOURS[sketch.platform]);
    const overEdge = random.chance(0.3);
    // As many to a line as the note is wide, then the next line down.
    const perLine = Math.max(1, Math.floor((note.width - 0.4 * size) / (1.05 * size)));
    for (let k = 0; k < count; k++) {
      const [column, line] = [k % perLine, Math.floor(k / perLine)];
      const x = note.x + note.width / 2 - size * (0.7 + 1.05 * column) + random.between(-3, 3);
      const down = overEdge && line === 0 ? 0.1 : 0.7 + 1.05 * line;
      const y = note.y - note.height / 2 + size * down + random.between(-3, 3);
      if (stamp) {
        sketch.add("other", {
          platformType: "STAMP",
          text: random.pick(STAMPS),
          x,
          y,
          width: size,
          height: size,
        });
      } else {
        const text = random.chance(0.1) ? "+1" : "";
        sketch.structural({ x, y, width: size, height: size, text, fill: sketch.fill(colour) });
      }
    }
    sketch.vote(id, count);
  }
  if (marks !== "stamps" && random.chance(0.5)) {
    // A dot dropped beside the grid, on no note.
    const size = sketch.note.width * dotScale;
    for (let k = random.int(1, 2); k > 0; k--) {
      sketch.structural({
        x: grid.right + sketch.note.width * random.between(0.8, 2),
        y: random.between(grid.top, grid.bottom),
        width: size,
        height: size,
        fill: sketch.fill(random.pick(DOT_COLOURS[sketch.platform])),
      });
    }
  }
}
