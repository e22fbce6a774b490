import type { Language } from "../lexicon/lane-words";
import type { LaneKind } from "../model/lane-kind";
import type { ColourRole, PlanItem } from "../plan/plan-item";
import { box } from "./box";
import { TEMPLATE_GEOMETRY as G } from "./template-geometry";
import { LANE_TITLES, TEMPLATE_WORDS } from "./template-labels";

export interface SideColumn {
  left: number;
  top: number;
  /** Where the grid ends; the parking lot reaches down at least as far. */
  bottom: number;
  laneKinds: readonly LaneKind[];
  language: Language;
}

/**
 * The column beside the grid: a colour legend whose swatches are stickies titled with their
 * lane (so the board explains itself, and a copied swatch is a note of the right colour), and
 * under it the parking lot for open questions.
 */
export function layoutLegendAndParkingLot(side: SideColumn): { items: PlanItem[]; bottom: number } {
  const words = TEMPLATE_WORDS[side.language];
  const titles = LANE_TITLES[side.language];
  const { left, top, bottom, laneKinds } = side;
  const items: PlanItem[] = [];

  items.push({
    key: { role: "legend-title" },
    kind: "text",
    text: words.legend,
    ...box(left, top, G.legendWidth, 80),
    colour: { kind: "none" },
    style: { fontSize: 36, textAlign: "left", bold: true },
  });
  const legendEntries = [
    { meaning: "stage-header", text: words.stageHeader, colour: { kind: "stage-header" } },
    ...[...laneKinds.filter((kind) => kind !== "question"), "question" as const].map((kind) => ({
      meaning: kind,
      text: titles[kind],
      colour: { kind: "lane", lane: kind } as const,
    })),
  ] satisfies { meaning: LaneKind | "stage-header"; text: string; colour: ColourRole }[];
  const swatchTop = top + 80 + G.gap;
  const perRow = Math.floor((G.legendWidth + G.gap) / (G.swatchWidth + G.gap));
  legendEntries.forEach((entry, index) => {
    const x = left + (index % perRow) * (G.swatchWidth + G.gap);
    const y = swatchTop + Math.floor(index / perRow) * (G.swatchHeight + G.gap);
    items.push({
      key: { role: "legend-swatch", meaning: entry.meaning },
      kind: "sticky",
      text: entry.text,
      ...box(x, y, G.swatchWidth, G.swatchHeight),
      colour: entry.colour,
    });
  });

  const legendRows = Math.ceil(legendEntries.length / perRow);
  const parkingTop = swatchTop + legendRows * (G.swatchHeight + G.gap) + G.gap;
  const parkingHeight = Math.max(G.parkingLotMinHeight, bottom - parkingTop);
  items.push({
    key: { role: "parking-lot" },
    kind: "shape",
    text: `${titles.question}\n${words.parkingLotHint}`,
    ...box(left, parkingTop, G.legendWidth, parkingHeight),
    colour: { kind: "lane", lane: "question" },
    style: { fontSize: 28, textAlign: "center" },
  });

  return { items, bottom: parkingTop + parkingHeight };
}
