import type { Language } from "../../core/lexicon/lane-words";
import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";
import type { RealRecipe } from "./real-board";
import { laneColour, type Sketch } from "./sketch";

/**
 * How teams label the one to three rows they bother to label: plain names, questions, emoji,
 * a few extra words. Invented for the corpus, the way workshop boards show them.
 */
const ROW_WORDINGS: Record<Language, Partial<Record<LaneKind, readonly string[]>>> = {
  en: {
    step: ["Doing", "What the customer does", "Customer journey steps"],
    touchpoint: ["Touchpoints", "Channels & touchpoints 📱"],
    thought: ["What is the customer thinking?", "Thoughts and needs 🤔"],
    emotion: ["Feelings 😀😐😟", "Emotions", "How do they feel?"],
    pain: ["Pain points", "Pains & frustrations 😤", "Frustrations"],
    gain: ["Gains", "What works well? 🙌"],
    opportunity: ["Ideas & opportunities", "Opportunities 💡"],
    action: ["Next steps", "Actions (who/when)"],
    kpi: ["KPIs", "Metrics"],
  },
  sv: {
    step: ["Vad gör kunden?", "Kundens aktiviteter"],
    touchpoint: ["Kontaktpunkter", "Kanaler & kontaktpunkter"],
    thought: ["Vad tänker kunden?", "Tankar & behov"],
    emotion: ["Känslor 😊", "Kundkänslor"],
    pain: ["Smärtpunkter", "Frustrationer", "Problem 😤"],
    gain: ["Vad funkar bra?", "Glädjeämnen"],
    opportunity: ["Möjligheter 💡", "Idéer"],
    action: ["Åtgärder", "Nästa steg"],
    kpi: ["KPI:er", "Mått"],
  },
  da: {
    step: ["Hvad gør kunden?", "Kundens handlinger"],
    touchpoint: ["Kontaktpunkter", "Kanaler"],
    thought: ["Hvad tænker kunden?", "Tanker og behov"],
    emotion: ["Følelser", "Hvad føler kunden?"],
    pain: ["Smertepunkter", "Problemer 😤"],
    gain: ["Det der virker", "Glæder"],
    opportunity: ["Muligheder", "Idéer 💡"],
    action: ["Tiltag", "Næste skridt"],
    kpi: ["KPI'er", "Målinger"],
  },
};
/** Light fills teams give row shapes, as Miro's and FigJam's templates do. */
export const ROW_FILLS = ["#F5F6F8", "#FFF6D6", "#E7F3FF", "#FDECEC", "#EAF7EA"];

/** Five to eight rows in about the usual order, a neighbouring pair swapped now and then. */
export function rowLanes(random: Random): LaneKind[] {
  const lanes: LaneKind[] = LANE_KINDS.filter((k) => k !== "question");
  const count = random.int(5, 8);
  while (lanes.length > count) lanes.splice(random.int(1, lanes.length - 1), 1);
  const i = random.int(1, lanes.length - 1);
  if (random.chance(0.3))
    [lanes[i - 1], lanes[i]] = [lanes[i] as LaneKind, lanes[i - 1] as LaneKind];
  return lanes;
}

/** A team's wording of a row's label. */
export function wording(language: Language, lane: LaneKind, random: Random): string {
  return random.pick(ROW_WORDINGS[language][lane] ?? [lane]);
}

/** Stage titles across the top: text, grey shapes, or (on Miro) dark blue stickies. */
export function drawHeader(
  sketch: Sketch,
  stages: readonly string[],
  lefts: readonly number[],
  columns: readonly number[],
  w: number,
  h: number,
  miro: boolean,
): void {
  const style = sketch.random.pick(
    miro ? (["text", "shape", "sticky"] as const) : (["text", "shape"] as const),
  );
  stages.forEach((title, s) => {
    const width = (columns[s] as number) * w * 1.08;
    const fields = { text: title, x: (lefts[s] as number) + width / 2, y: -0.9 * h };
    if (style === "sticky")
      sketch.structural({ ...fields, fill: "dark_blue", width: w, height: h * 0.6 });
    else
      sketch.add(style, {
        ...fields,
        fill: style === "shape" ? "#E6E6E6" : null,
        width,
        height: 0.45 * h,
      });
  });
}

/** A row's label left of it: text, a shape or a sticky, at the row's top or its middle. */
export function drawLabel(
  sketch: Sketch,
  recipe: RealRecipe,
  lane: LaneKind,
  x: number,
  top: number,
  bottom: number,
  width: number,
  h: number,
): void {
  const { random } = sketch;
  const text = wording(recipe.language, lane, random);
  const style = random.pick(["text", "shape", "sticky"] as const);
  const height =
    style === "sticky" ? h : style === "shape" && random.chance(0.5) ? bottom - top : 0.4 * h;
  const atTop = random.chance(0.5);
  const fields = { text, x, y: atTop ? top + height / 2 : (top + bottom) / 2, width, height };
  if (style === "sticky") {
    const shade = random.chance(0.5) ? lane : "question";
    sketch.structural({ ...fields, width, fill: sketch.fill(laneColour(recipe.platform, shade)) });
  } else sketch.add(style, { ...fields, fill: style === "shape" ? "#FFFFFF" : null });
}
