import type { NamedColourId } from "../../core/colour/named-colour";
import { hexOf } from "../../core/colour/swatches";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import type { Sketch } from "./sketch";

type Size = { width: number; height: number };

/** Legend titles as teams write them. */
const TITLES: Record<Language, readonly string[]> = {
  en: ["Legend", "Key", "Colour code", "Colour key", "Legend:", "Color key"],
  sv: ["Förklaring", "Färgkoder", "Teckenförklaring", "Färgförklaring", "Förklaring:"],
  da: ["Forklaring", "Farvekoder", "Signaturforklaring", "Farveforklaring", "Forklaring:"],
};

/** What a colour means, in a legend's few words (a team's own, not the template's). */
export const CAPTIONS: Record<Language, Record<LaneKind, readonly string[]>> = {
  en: {
    step: ["Customer steps", "Steps", "Doing", "Customer actions"],
    touchpoint: ["Touchpoints", "Channels", "Touchpoints 📱"],
    thought: ["Thoughts", "Needs", "Thinking 💭"],
    emotion: ["Feelings", "Emotions", "Feelings 😊"],
    pain: ["Pains", "Pain points", "Frustrations 😤"],
    gain: ["Gains", "What works", "Delights ✨"],
    opportunity: ["Ideas", "Ideas 💡", "Opportunities"],
    action: ["Next steps", "Actions", "To do"],
    kpi: ["KPIs", "Metrics", "KPI 📈"],
    question: ["Questions", "Open questions", "Questions ❓"],
  },
  sv: {
    step: ["Kundsteg", "Kundens aktiviteter", "Gör"],
    touchpoint: ["Kontaktpunkter", "Kanaler"],
    thought: ["Tankar", "Behov", "Tankar & behov"],
    emotion: ["Känslor", "Känslor 😊", "Kundkänslor"],
    pain: ["Smärtpunkter", "Problem", "Brytpunkter"],
    gain: ["Glädjeämnen", "Det som fungerar"],
    opportunity: ["Idéer", "Möjligheter", "Idéer 💡"],
    action: ["Åtgärder", "Att göra"],
    kpi: ["KPI:er", "Mått"],
    question: ["Frågor", "Öppna frågor", "Frågor ❓"],
  },
  da: {
    step: ["Kundens handlinger", "Trin"],
    touchpoint: ["Kontaktpunkter", "Kanaler"],
    thought: ["Tanker", "Behov"],
    emotion: ["Følelser", "Følelser 😊"],
    pain: ["Smertepunkter", "Problemer", "Frustrationer"],
    gain: ["Glæder", "Det der virker"],
    opportunity: ["Idéer", "Muligheder", "Idéer 💡"],
    action: ["Handlinger", "Tiltag"],
    kpi: ["KPI'er", "Målinger"],
    question: ["Spørgsmål", "Åbne spørgsmål"],
  },
};

/** How a team drew its legend. */
export interface KeyStyle {
  layout: "row" | "column";
  /** Where each chip's meaning is written: a text beside it, under it, or on the chip itself. */
  caption: "beside" | "under" | "inside";
  titled: boolean;
  /** How a title is written: a text, a sticky, or a frame (a FigJam section) holding the legend. */
  title: "text" | "sticky" | "frame";
  /** Chips as stickies of about a note's size, small stickies, or filled shapes. */
  chip: "sticky" | "small" | "shape";
}

/** A style a team might draw, varied by the random source; never one that says nothing. */
export function keyStyle(sketch: Sketch): KeyStyle {
  const { random } = sketch;
  const titled = random.chance(0.55);
  const chip = random.pick(["sticky", "small", "small", "shape"] as const);
  // Words on a chip of a note's size and no title are a row of notes, not a legend.
  const inside = random.chance(0.25) && chip !== "shape" && (titled || chip === "small");
  return {
    layout: random.pick(["row", "column"] as const),
    caption: inside ? "inside" : random.pick(["beside", "beside", "under"] as const),
    titled,
    title: random.pick(["text", "text", "text", "sticky", "frame", "frame"] as const),
    chip,
  };
}

/**
 * Draws the team's legend from (left, top): a chip of each colour with what it means, in the
 * style given. Chips that are stickies are structure. Returns the legend's right and bottom.
 */
export function drawKey(
  sketch: Sketch,
  language: Language,
  colours: ReadonlyMap<LaneKind, NamedColourId>,
  style: KeyStyle,
  note: Size,
  left: number,
  top: number,
): { right: number; bottom: number } {
  const { random } = sketch;
  const scale = style.chip === "sticky" ? random.between(0.7, 1) : random.between(0.18, 0.45);
  const chip = { width: note.width * scale, height: note.height * scale };
  if (style.caption === "inside") chip.width = Math.max(chip.width, note.width * 0.55);
  const captionWidth = note.width * random.between(1.1, 1.6);
  const captionHeight = 50;
  const gap = note.height * random.between(0.08, 0.2);
  let y = top;
  const text = random.pick(TITLES[language]);
  const frame =
    style.titled && style.title === "frame" ? sketch.add("frame", { text, x: left, y: top }) : null;
  const parentId = frame?.id ?? null;
  if (style.titled && style.title !== "frame") {
    const title = { text, x: left + note.width * 0.6, y, parentId };
    if (style.title === "sticky") {
      sketch.structural({
        ...title,
        width: note.width,
        height: note.height * 0.5,
        fill: sketch.fill(sketch.platform === "miro" ? "miro:gray" : "figjam:white"),
      });
      y += note.height * 0.25;
    } else sketch.add("text", { ...title, width: note.width * 1.2, height: 60 });
    y += 40 + gap + chip.height / 2;
  } else y += chip.height / 2 + (frame ? gap : 0);
  const beside = style.caption === "beside";
  const under = style.caption === "under";
  const stepX =
    Math.max(chip.width, under ? captionWidth : 0) + (beside ? captionWidth + 30 : 0) + gap;
  const stepY = chip.height + (under ? captionHeight + 10 : 0) + gap;
  let right = left;
  let bottom = y;
  [...colours].forEach(([lane, colour], i) => {
    const x = style.layout === "row" ? left + chip.width / 2 + i * stepX : left + chip.width / 2;
    const cy = style.layout === "row" ? y : y + i * stepY;
    const words = random.pick(CAPTIONS[language][lane]);
    const box = { x, y: cy, ...chip, text: style.caption === "inside" ? words : "", parentId };
    if (style.chip === "shape") {
      sketch.add("shape", {
        ...box,
        fill: hexOf(colour),
        shape: random.pick(["rectangle", "circle"]),
      });
    } else sketch.structural({ ...box, fill: sketch.fill(colour) });
    if (beside || under) {
      const at = beside
        ? { x: x + chip.width / 2 + 20 + captionWidth / 2, y: cy }
        : { x, y: cy + chip.height / 2 + 10 + captionHeight / 2 };
      sketch.add("text", {
        text: words,
        ...at,
        width: captionWidth,
        height: captionHeight,
        parentId,
      });
      right = Math.max(right, at.x + captionWidth / 2);
      bottom = Math.max(bottom, at.y + captionHeight / 2);
    }
    right = Math.max(right, x + chip.width / 2);
    bottom = Math.max(bottom, cy + chip.height / 2);
  });
  if (frame) {
    // The frame closes round its legend with a margin.
    const margin = gap + 30;
    Object.assign(frame, {
      x: (left - margin + right + margin) / 2,
      y: (top - margin + bottom + margin) / 2,
      width: right - left + 2 * margin,
      height: bottom - top + 2 * margin,
    });
    return { right: right + margin, bottom: bottom + margin };
  }
  return { right, bottom };
}
