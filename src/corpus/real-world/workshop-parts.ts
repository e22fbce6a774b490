import type { NamedColourId, Platform } from "../../core/colour/named-colour";
import { FIGJAM_COLOUR_NAMES } from "../../core/colour/named-colour";
import { hexOf } from "../../core/colour/swatches";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import { LANE_TITLES } from "../../core/template/template-labels";
import type { Random } from "../random";
import { NOTE_TEXTS } from "../vocabulary";
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
const PARKING: Record<Language, readonly string[]> = {
  en: ["Parking lot", "Parking lot 🅿️", "Open questions"],
  sv: ["Parkering", "Parkeringen 🅿️", "Öppna frågor"],
  da: ["Parkeringsplads", "Parkering 🅿️", "Åbne spørgsmål"],
};
const PERSONAS: Record<Language, readonly string[]> = {
  en: [
    "Persona: Maria, 38\nWorks full time, two kids. Wants to sort it out from her phone in the evening and hates waiting in queues.",
    "Persona: Tom, 67\nRetired, careful with money. Prefers to call and talk to a person before he decides anything.",
  ],
  sv: [
    "Persona: Maria, 38\nJobbar heltid, två barn. Vill fixa allt i mobilen på kvällen och avskyr att stå i telefonkö.",
    "Persona: Göran, 67\nPensionär, noga med pengarna. Ringer hellre och pratar med en människa innan han bestämmer sig.",
  ],
  da: [
    "Persona: Mette, 38\nArbejder fuld tid, to børn. Vil klare det hele på mobilen om aftenen og hader at vente i telefonkø.",
    "Persona: Jørgen, 67\nPensionist, passer på pengene. Ringer hellere og taler med et menneske, før han beslutter sig.",
  ],
};

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

/** A persona box, as the templates have above or beside the map. */
export function drawPersona(
  sketch: Sketch,
  language: Language,
  x: number,
  y: number,
  note: Size,
): void {
  sketch.add("shape", {
    text: sketch.random.pick(PERSONAS[language]),
    x,
    y,
    width: 3 * note.width,
    height: 1.2 * note.height,
    fill: "#FFFFFF",
    shape: "round_rectangle",
  });
}

/** Votes on a note: small dot stickies on Miro, stamps on FigJam, put on its upper half. */
export function drawVotes(sketch: Sketch, noteId: string, count: number): void {
  const note = sketch.items.find((item) => item.id === noteId);
  if (!note) return;
  const dot = Math.min(note.width, note.height) * sketch.random.between(0.15, 0.25);
  for (let k = 0; k < count; k++) {
    const x = note.x + note.width * 0.3 - k * dot * 1.1;
    const y = note.y - note.height * 0.25 + sketch.random.between(-0.05, 0.05) * note.height;
    if (sketch.platform === "miro") {
      const fill = sketch.random.pick(["miro:red", "miro:black", "miro:orange"] as const);
      sketch.structural({ x, y, width: dot, height: dot, fill: sketch.fill(fill) });
    } else {
      sketch.add("other", {
        platformType: "STAMP",
        text: sketch.random.pick(["+1", "thumbs_up", "heart"]),
        x,
        y,
        width: 48,
        height: 48,
      });
    }
  }
  sketch.vote(noteId, count);
}

/** A few open questions parked in a titled area: they belong to no stage. */
export function drawParkingLot(
  sketch: Sketch,
  language: Language,
  colour: NamedColourId,
  note: Size,
  left: number,
  top: number,
): void {
  const { random } = sketch;
  const count = random.int(1, 4);
  const width = 2.6 * note.width;
  const height = (Math.ceil(count / 2) + 0.6) * note.height * 1.2;
  sketch.add("shape", {
    text: random.pick(PARKING[language]),
    x: left + width / 2,
    y: top + height / 2,
    width,
    height,
    fill: "#FFFFFF",
  });
  for (let k = 0; k < count; k++) {
    sketch.content(
      "sticky",
      {
        text: random.pick(NOTE_TEXTS[language].question),
        fill: sketch.fill(colour),
        x: left + note.width * (0.2 + (k % 2) * 1.2) + note.width / 2,
        y: top + note.height * (0.6 + Math.floor(k / 2) * 1.2) + note.height / 2,
        width: note.width,
        height: note.height,
      },
      { journey: 0, stage: null, lane: "question" },
    );
  }
}
