import type { NamedColourId, Platform } from "../../core/colour/named-colour";
import { FIGJAM_COLOUR_NAMES } from "../../core/colour/named-colour";
import { hexOf } from "../../core/colour/swatches";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import { LANE_TITLES } from "../../core/template/template-labels";
import type { Random } from "../random";
import type { Sketch } from "./sketch";

type Size = { width: number; height: number };

const LEGEND_TITLES: Record<Language, readonly string[]> = {
  en: ["Legend", "Key", "Colour key"],
  sv: ["Förklaring", "Färgkoder", "Teckenförklaring"],
  da: ["Forklaring", "Farvekoder", "Signaturforklaring"],
};
/** Miro's sticky colours that a team keeps apart, each family once (dark blue is for headers). */
const MIRO_FAMILIES: readonly (readonly string[])[] = [
  ["gray"],
  ["light_yellow", "yellow"],
  ["orange"],
  ["light_green", "green"],
  ["dark_green"],
  ["cyan"],
  ["light_pink", "pink"],
  ["violet"],
  ["red"],
  ["light_blue", "blue"],
];
/**
 * A team's own colour for each lane (and for parked questions), all different: what its legend
 * will say. Stage header colours (`exclude`) are left out.
 */
export function teamColours(
  lanes: readonly LaneKind[],
  platform: Platform,
  random: Random,
  exclude: readonly NamedColourId[] = [],
): Map<LaneKind, NamedColourId> {
  // One colour of each family: no team tells its lanes apart by light and dark pink.
  const families = (platform === "miro" ? MIRO_FAMILIES : FIGJAM_COLOUR_NAMES.map((n) => [n]))
    .map((names) => names.map((name) => `${platform}:${name}` as NamedColourId))
    .filter((family) => !family.some((c) => exclude.includes(c)));
  const colours = new Map<LaneKind, NamedColourId>();
  for (const lane of [...lanes, "question" as const]) {
    if (colours.has(lane) || families.length === 0) continue;
    const family = families.splice(random.int(0, families.length - 1), 1)[0] ?? [];
    colours.set(lane, random.pick(family));
  }
  return colours;
}

/**
 * The team's legend: a chip of each colour (an empty sticky, or a filled shape) with a caption
 * beside or under it, in a column or a row, with or without a title.
 */
export function drawTeamLegend(
  sketch: Sketch,
  language: Language,
  colours: ReadonlyMap<LaneKind, NamedColourId>,
  note: Size,
  left: number,
  top: number,
): { right: number; bottom: number } {
  const { random } = sketch;
  const chip = {
    width: note.width * random.between(0.6, 1),
    height: note.height * random.between(0.6, 1),
  };
  const asShapes = random.chance(0.4);
  const column = random.chance(0.6);
  let y = top;
  if (random.chance(0.7)) {
    sketch.add("text", {
      text: random.pick(LEGEND_TITLES[language]),
      x: left + note.width,
      y,
      width: 2 * note.width,
      height: 70,
    });
    y += 0.6 * note.height;
  }
  const captionWidth = 1.6 * note.width;
  let right = left;
  let bottom = y;
  [...colours].forEach(([lane, colour], i) => {
    const cx = column
      ? left + chip.width / 2
      : left + i * (Math.max(chip.width, captionWidth) + 40) + chip.width / 2;
    const cy = column ? y + i * (chip.height + 40) + chip.height / 2 : y + chip.height / 2;
    const box = { x: cx, y: cy, ...chip };
    if (asShapes) sketch.add("shape", { ...box, fill: hexOf(colour) });
    else sketch.structural({ ...box, fill: sketch.fill(colour) });
    const caption = LANE_TITLES[language][lane];
    const at = column
      ? { x: cx + chip.width / 2 + 30 + captionWidth / 2, y: cy }
      : { x: cx, y: cy + chip.height / 2 + 50 };
    sketch.add("text", { text: caption, ...at, width: captionWidth, height: 60 });
    right = Math.max(right, at.x + captionWidth / 2);
    bottom = Math.max(bottom, at.y + 60);
  });
  return { right, bottom };
}
