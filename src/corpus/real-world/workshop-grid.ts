import type { NamedColourId, Platform } from "../../core/colour/named-colour";
import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";
import type { DrawnGrid } from "./lane-grid";
import { laneColour, type Sketch } from "./sketch";

/** How a template draws its stage headers: an outline of shape, stickies, or plain text. */
export type HeaderStyle = "pentagon" | "right_arrow" | "chevron" | "rectangle" | "sticky" | "text";

type Size = { width: number; height: number };

const HEADER_FILLS = ["#FFD02F", "#A6CCF5", "#C6DCFF", "#E6E6E6", "#FFC6C6"];
const ROW_FILLS = ["#F5F6F8", "#EEF4FF", "#FFF9E6", "#F2F2F2"];

/**
 * The colour of stage header stickies: Miro's dark blue, or a colour no row of the board uses
 * (the team's legend leaves it out), as a team picks one of its own for titles.
 */
export function headerColour(
  platform: Platform,
  lanes: readonly LaneKind[],
  team: boolean,
  random: Random,
): NamedColourId {
  if (platform === "miro" && (!team || random.chance(0.6))) return "miro:dark_blue";
  const unused = LANE_KINDS.filter((lane) => lane !== "question" && !lanes.includes(lane));
  return laneColour(
    platform,
    random.pick(team || unused.length === 0 ? LANE_KINDS.slice(0, 9) : unused),
  );
}

/**
 * Stage headers across the top, one per stage: arrow or chevron shapes, rectangles, stickies
 * of the header colour (FigJam's wide ones, Miro's stretched), or text. Returns their top edge.
 */
export function drawHeaders(
  sketch: Sketch,
  grid: DrawnGrid,
  style: HeaderStyle,
  fill: NamedColourId | null,
  note: Size,
): number {
  const { random } = sketch;
  const y = grid.top - note.height * random.between(0.65, 1.0);
  const shapeFill = random.pick(HEADER_FILLS);
  let top = y;
  for (const stage of grid.stages) {
    const x = (stage.left + stage.right) / 2 + random.between(-0.08, 0.08) * note.width;
    const span = stage.right - stage.left;
    if (style === "sticky" && fill) {
      // FigJam's wide sticky where the stage is wide enough for it: no team overlaps its titles.
      const wide = sketch.platform === "figjam" && span >= 400 && random.chance(0.7);
      const width =
        sketch.platform === "figjam"
          ? wide
            ? 416
            : 240
          : Math.max(note.width, Math.min(span, note.width * 1.75));
      const height = sketch.platform === "figjam" ? 240 : note.height * 0.7;
      sketch.structural({ text: stage.title, x, y, width, height, fill: sketch.fill(fill) });
      top = Math.min(top, y - height / 2);
    } else if (style === "text") {
      sketch.add("text", {
        text: stage.title,
        x,
        y,
        width: Math.max(span, note.width),
        height: 70,
      });
      top = Math.min(top, y - 35);
    } else {
      const height = note.height * 0.5;
      sketch.add("shape", {
        text: stage.title,
        x,
        y,
        width: span + 0.25 * note.width,
        height,
        fill: shapeFill,
        shape: style,
      });
      top = Math.min(top, y - height / 2);
    }
  }
  return top;
}

/**
 * What templates draw behind the rows: a light band per row from the labels to the last stage,
 * or thin rules between rows (Miro's as thin rectangles, FigJam's as lines), or nothing.
 */
export function drawRowShapes(sketch: Sketch, grid: DrawnGrid, left: number, note: Size): void {
  const { random } = sketch;
  const kind = random.pick(["bands", "rules", "none"] as const);
  const right = grid.right + 0.3 * note.width;
  if (kind === "bands") {
    const fill = random.pick(ROW_FILLS);
    for (const row of grid.rows) {
      const pad = 0.12 * note.height;
      sketch.add("shape", {
        x: (left + right) / 2,
        y: (row.top + row.bottom) / 2,
        width: right - left,
        height: row.bottom - row.top + 2 * pad,
        fill,
        shape: "rectangle",
      });
    }
  } else if (kind === "rules") {
    for (let r = 1; r < grid.rows.length; r++) {
      const above = grid.rows[r - 1] as DrawnGrid["rows"][number];
      const below = grid.rows[r] as DrawnGrid["rows"][number];
      sketch.add("shape", {
        x: (left + right) / 2,
        y: (above.bottom + below.top) / 2,
        width: right - left,
        height: 4,
        fill: "#1A1A1A",
        shape: "line",
      });
    }
  }
}
