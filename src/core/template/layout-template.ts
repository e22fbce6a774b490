import type { PlanItem } from "../plan/plan-item";
import { stableHash } from "../text/stable-hash";
import { box } from "./box";
import { layoutLegendAndParkingLot } from "./layout-legend";
import type { LayoutPlan } from "./layout-plan";
import { PRESETS } from "./presets";
import { TEMPLATE_GEOMETRY as G } from "./template-geometry";
import { LANE_TITLES, TEMPLATE_WORDS } from "./template-labels";
import { type TemplateSpecInput, TemplateSpecSchema } from "./template-spec";

const FRAME = { role: "journey-frame" } as const;

/**
 * Lays out a journey template: a title and a header card (goal, scope, persona, participants),
 * stage headers over the columns, lane labels down the left, the grid of cells, and beside the
 * grid a colour legend and a parking lot for questions. Throws a ZodError for a bad spec.
 */
export function layoutTemplate(input: TemplateSpecInput, templateId?: string): LayoutPlan {
  const spec = TemplateSpecSchema.parse(input);
  const words = TEMPLATE_WORDS[spec.language];
  const titles = LANE_TITLES[spec.language];
  const laneKinds = spec.lanes ?? PRESETS[spec.preset].lanes;
  const title = spec.title || words.defaultTitle;

  const gridLeft = G.margin;
  const gridWidth = G.labelWidth + spec.stages.length * G.cellWidth;
  const headerTop = G.margin + G.titleHeight + G.gap;
  const stageTop = headerTop + G.headerHeight + G.gap;
  const laneTop = stageTop + G.stageHeaderHeight;
  const gridBottom = laneTop + laneKinds.length * G.cellHeight;
  const sideLeft = gridLeft + gridWidth + 2 * G.gap;
  const items: PlanItem[] = [];

  items.push({
    key: { role: "title" },
    kind: "text",
    text: title,
    ...box(gridLeft, G.margin, gridWidth, G.titleHeight),
    colour: { kind: "none" },
    style: { fontSize: 64, textAlign: "left", bold: true },
  });
  items.push({
    key: { role: "header-card" },
    kind: "shape",
    text: headerText(spec, words),
    ...box(gridLeft, headerTop, gridWidth, G.headerHeight),
    colour: { kind: "paper" },
    style: { fontSize: 24, textAlign: "left" },
  });

  const stages = spec.stages.map((stageTitle, index) => {
    const left = gridLeft + G.labelWidth + index * G.cellWidth;
    items.push({
      key: { role: "stage-header", stage: index },
      kind: "shape",
      text: stageTitle,
      ...box(left, stageTop, G.cellWidth, G.stageHeaderHeight),
      colour: { kind: "stage-header" },
      style: { fontSize: 36, bold: true },
    });
    return { title: stageTitle, band: { start: left, end: left + G.cellWidth } };
  });

  const lanes = laneKinds.map((kind, row) => {
    const top = laneTop + row * G.cellHeight;
    items.push({
      key: { role: "lane-label", lane: kind },
      kind: "shape",
      text: titles[kind],
      ...box(gridLeft, top, G.labelWidth, G.cellHeight),
      colour: { kind: "lane", lane: kind },
      style: { fontSize: 32, bold: true },
    });
    stages.forEach((stage, column) => {
      items.push({
        key: { role: "cell", stage: column, lane: kind },
        kind: "shape",
        text: "",
        ...box(stage.band.start, top, G.cellWidth, G.cellHeight),
        colour: { kind: "none" },
      });
    });
    return { kind, title: titles[kind], band: { start: top, end: top + G.cellHeight } };
  });

  const side = layoutLegendAndParkingLot({
    left: sideLeft,
    top: stageTop,
    bottom: gridBottom,
    laneKinds,
    language: spec.language,
  });
  items.push(...side.items);

  const width = sideLeft + G.legendWidth + G.margin;
  const height = Math.max(gridBottom, side.bottom) + G.margin;
  const frame: PlanItem = {
    key: FRAME,
    kind: "frame",
    text: title,
    ...box(0, 0, width, height),
    colour: { kind: "paper" },
  };

  return {
    templateId: templateId ?? `t-${stableHash(JSON.stringify(spec))}`,
    spec,
    width,
    height,
    stages,
    lanes,
    items: [frame, ...items.map((item) => ({ ...item, parent: FRAME }))],
  };
}

function headerText(
  spec: ReturnType<typeof TemplateSpecSchema.parse>,
  words: (typeof TEMPLATE_WORDS)["en"],
): string {
  const or = (value: string) => value || words.unset;
  const scope =
    spec.scopeStart || spec.scopeEnd
      ? words.scopeRange(or(spec.scopeStart), or(spec.scopeEnd))
      : words.unset;
  const participants = spec.participants.length > 0 ? spec.participants.join(", ") : words.unset;
  return [
    `${words.goal}: ${or(spec.goal)}`,
    `${words.scope}: ${scope}`,
    `${words.persona}: ${or(spec.persona)}`,
    `${words.participants}: ${participants}`,
  ].join("\n");
}
