import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";
import { NOTE_TEXTS, STAGE_NAMES } from "../vocabulary";
import { drawHeader, drawLabel, ROW_FILLS, rowLanes, wording } from "./partial-labels-parts";
import type { RealDrawing, RealRecipe } from "./real-board";
import { laneColour, Sketch } from "./sketch";

/**
 * A board where only one to three of its five to eight rows are labelled:
 * a header row of stage titles, the other rows bare and told apart by the space between them,
 * by lines ruled across or by shapes drawn behind them (a label inside its row's shape, or the
 * shape's own words). Unlabelled rows are coloured by their lane, a note or two in an odd colour,
 * or now and then mix two lanes' notes; labelled rows in their lane's colour or the team's yellow.
 * A parking lot beside it now and then.
 */
export function drawPartialLabels(recipe: RealRecipe, random: Random): RealDrawing {
  const sketch = new Sketch(recipe.platform, random);
  const scale = recipe.platform === "miro" ? random.pick([0.8, 1, 1, 1.25]) : 1;
  // Now and then the wide sticky: FigJam's 416 x 240, or Miro's rectangle.
  const w = sketch.note.width * scale * (random.chance(0.2) ? 416 / 240 : 1);
  const h = sketch.note.height * scale;
  const look = random.pick(["bare", "bare", "ruled", "shapes"] as const);
  const rowGap = h * (look === "bare" ? random.between(0.45, 1) : random.between(0.12, 0.45));
  const stackGap = h * random.between(0.03, 0.1);
  const stageGap = w * random.between(0.5, 1.4);
  const jitter = random.between(0.01, 0.05);
  const pool = STAGE_NAMES[recipe.language];
  const first = random.int(0, pool.length - 4);
  const stages = pool.slice(first, first + random.int(4, Math.min(7, pool.length - first)));
  const lanes = rowLanes(random);
  const labelled = new Set<number>();
  for (let n = random.int(1, 3); labelled.size < n; ) labelled.add(random.int(0, lanes.length - 1));
  const yellowLabelled = random.chance(0.3);
  const colour = (lane: LaneKind, row: number) =>
    laneColour(recipe.platform, labelled.has(row) && yellowLabelled ? "step" : lane);
  // Now and then a bare row mixes two lanes' notes ("thoughts and feelings"): its colours say
  // nothing of one lane, so each note is of the lane its own colour names.
  const bare = lanes.map((_, r) => r).filter((r) => r > 0 && !labelled.has(r));
  const mixedRow = bare.length > 0 && random.chance(0.3) ? random.pick(bare) : -1;
  const partner = random.pick(LANE_KINDS.filter((k) => k !== "question" && k !== lanes[mixedRow]));

  // The notes, cell by cell: a few columns a stage, lines of notes stacked close in a row.
  const columns = stages.map(() => random.int(1, 3));
  const counts = lanes.map(() => stages.map(() => (random.chance(0.15) ? 0 : random.int(1, 3))));
  const lefts: number[] = [];
  let x = 0;
  for (const cols of columns) {
    lefts.push(x);
    x += cols * w * 1.08 + stageGap;
  }
  const right = x - stageGap;
  const tops: number[] = [];
  let y = 0;
  lanes.forEach((lane, r) => {
    tops.push(y);
    const row = counts[r] as number[];
    // A row with no notes at all is no row anyone drew: give it a couple.
    if (row.filter((c) => c > 0).length < 2) row[random.int(0, 1)] = 2;
    if (r === mixedRow) row.fill(2);
    const lines = Math.max(
      1,
      ...stages.map((_, s) => Math.ceil((row[s] ?? 0) / (columns[s] ?? 1))),
    );
    for (let s = 0; s < stages.length; s++) {
      for (let k = 0; k < (row[s] ?? 0); k++) {
        const cols = columns[s] as number;
        const own = r === mixedRow && k % 2 === 1 ? partner : lane;
        const odd = !labelled.has(r) && r !== mixedRow && random.chance(0.05);
        const shown = odd ? random.pick(LANE_KINDS.filter((k2) => k2 !== lane)) : own;
        sketch.content(
          "sticky",
          {
            text: random.pick(NOTE_TEXTS[recipe.language][own]),
            fill: sketch.fill(odd ? laneColour(recipe.platform, shown) : colour(own, r)),
            x:
              (lefts[s] as number) +
              (k % cols) * w * 1.08 +
              w / 2 +
              random.between(-1, 1) * jitter * w,
            y:
              y +
              Math.floor(k / cols) * (h + stackGap) +
              h / 2 +
              random.between(-1, 1) * jitter * h,
            width: w,
            height: h,
          },
          { journey: 0, stage: s, lane: own },
        );
      }
    }
    y += lines * h + (lines - 1) * stackGap + rowGap;
  });
  const bottoms = tops.map((_, r) => (tops[r + 1] ?? y) - rowGap);

  drawHeader(sketch, stages, lefts, columns, w, h, recipe.platform === "miro");
  const labelWidth = 1.3 * w;
  const labelX = -0.4 * w - labelWidth / 2;
  const inShape = look === "shapes" && random.chance(0.4);
  lanes.forEach((lane, r) => {
    const top = tops[r] as number;
    const bottom = bottoms[r] as number;
    if (look === "shapes") {
      const pad = Math.min(0.4 * rowGap, 0.15 * h);
      const left = labelX - labelWidth / 2 - 0.1 * w;
      sketch.add("shape", {
        text: inShape && labelled.has(r) ? wording(recipe.language, lane, random) : "",
        fill: ROW_FILLS[r % ROW_FILLS.length] as string,
        x: (left + right + 0.2 * w) / 2,
        y: (top + bottom) / 2,
        width: right + 0.2 * w - left,
        height: bottom - top + 2 * pad,
      });
    }
    if (look === "ruled" && r > 0) {
      // A rule under the labels too, or only across the stages.
      const from = random.chance(0.7) ? labelX - labelWidth / 2 : -0.1 * w;
      sketch.add("shape", {
        shape: "line",
        x: (from + right) / 2,
        y: top - rowGap / 2 + random.between(-0.05, 0.05) * rowGap,
        width: right - from,
        height: random.pick([2, 4, 6]),
      });
    }
    if (labelled.has(r) && !inShape)
      drawLabel(sketch, recipe, lane, labelX, top, bottom, labelWidth, h);
  });
  for (let k = random.int(0, 2); k > 0; k--) {
    sketch.content(
      "sticky",
      {
        text: random.pick(NOTE_TEXTS[recipe.language].question),
        fill: sketch.fill(laneColour(recipe.platform, "question")),
        x: right + 3 * w + k * 1.1 * w,
        y: y / 2,
        width: w,
        height: h,
      },
      { journey: 0, stage: null, lane: "question" },
    );
  }
  return sketch.drawing();
}
