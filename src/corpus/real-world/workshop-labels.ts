import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import { LANE_TITLES } from "../../core/template/template-labels";
import type { Random } from "../random";
import { NOTE_TEXTS } from "../vocabulary";
import type { DrawnGrid } from "./lane-grid";
import { LANE_WORDINGS } from "./lane-wordings";
import type { RealRecipe } from "./real-board";
import { laneColour, type Sketch } from "./sketch";

const CARD_NOTES = { en: "Owner: Anna", sv: "Ansvarig: Erik", da: "Ansvarlig: Mette" };

/** One or two rows the team left without a label (never the action row, which holds cards). */
export function unlabelledRows(
  lanes: readonly LaneKind[],
  count: number,
  random: Random,
): Set<LaneKind> {
  const bare = new Set<LaneKind>();
  const candidates = lanes.filter((lane) => lane !== "action");
  while (bare.size < Math.min(count, lanes.length - 2) && candidates.length > 0) {
    bare.add(candidates.splice(random.int(0, candidates.length - 1), 1)[0] as LaneKind);
  }
  return bare;
}

/**
 * What the team's label of a row says, or null for a row left bare: the template's own title,
 * or the team's wording of it (a question, extra words, an emoji).
 */
export function labelTexts(
  language: Language,
  lanes: readonly LaneKind[],
  unlabelled: ReadonlySet<LaneKind>,
  random: Random,
): (string | null)[] {
  return lanes.map((lane) => {
    if (unlabelled.has(lane)) return null;
    return random.chance(0.45)
      ? LANE_TITLES[language][lane]
      : random.pick(LANE_WORDINGS[language][lane]);
  });
}

/** The labels left of the rows, as texts, shapes as tall as the row, or stickies. */
export function drawLabels(
  sketch: Sketch,
  recipe: RealRecipe,
  rows: readonly { lane: LaneKind; top: number; bottom: number }[],
  labels: readonly (string | null)[],
  x: number,
  width: number,
  note: { width: number; height: number },
): void {
  const { random } = sketch;
  const style = random.pick(["text", "text", "shape", "sticky"] as const);
  rows.forEach((row, r) => {
    const text = labels[r];
    if (!text) return;
    const y = Math.min((row.top + row.bottom) / 2, row.top + note.height / 2);
    if (style === "sticky") {
      sketch.structural({ text, x, y, fill: sketch.fill(laneColour(recipe.platform, "question")) });
    } else {
      const tall = style === "shape";
      sketch.add(style, {
        text,
        x,
        y: tall ? (row.top + row.bottom) / 2 : y,
        width,
        height: tall ? row.bottom - row.top : 70,
        fill: tall ? "#FFFFFF" : null,
      });
    }
  });
}

/** A few of the action row's notes written as Miro cards: a title, an owner beneath. */
export function cardsInActionRow(
  sketch: Sketch,
  recipe: RealRecipe,
  grid: DrawnGrid,
  random: Random,
): void {
  const row = grid.rows.find((r) => r.lane === "action");
  if (!row) return;
  const inRow = sketch.items.filter(
    (item) =>
      sketch.truth.get(item.id)?.lane === "action" && item.y >= row.top && item.y <= row.bottom,
  );
  for (const item of inRow) {
    if (!random.chance(0.5)) continue;
    item.kind = "card";
    item.platformType = "card";
    item.text = `${random.pick(NOTE_TEXTS[recipe.language].action)}\n${CARD_NOTES[recipe.language]}`;
    item.fill = "#2d9bf0";
    item.height = item.height * 0.6;
  }
}
