import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { resolveColour } from "../colour/resolve-colour";
import { colourWords, meaningWords } from "../legend/describe-legend";
import type { LegendEntry, LegendMeaning } from "../legend/legend";
import { labelTokens } from "../lexicon/label-tokens";
import { recogniseLane } from "../lexicon/recognise-lane";
import type { BoardParts } from "./board-parts";

const LEGEND_TITLES = [
  "legend",
  "key",
  "colour key",
  "color key",
  "colour legend",
  "color legend",
  "colour code",
  "color code",
  "förklaring",
  "färgförklaring",
  "teckenförklaring",
  "färgkoder",
  "forklaring",
  "farveforklaring",
  "signaturforklaring",
  "farvekoder",
].map((title) => labelTokens(title).join(" "));

const STAGE_WORDS = [
  "stage",
  "stage header",
  "phase",
  "step header",
  "fas",
  "fasrubrik",
  "rubrik",
  "fase",
  "faseoverskrift",
  "overskrift",
].map((word) => labelTokens(word).join(" "));

/** How surely a swatch's words must name a lane for it to count as a legend entry. */
const MIN_SWATCH_CONFIDENCE = 0.6;

/** A legend the board carries itself, and the items that make it up. */
export interface BoardLegend {
  entries: LegendEntry[];
  /** The swatches and the title: structure, not notes. */
  itemIds: Map<string, string>;
}

interface Swatch {
  id: string;
  text: string;
  fill: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  parentId: string | null;
}

/** Longer text is never a legend's title ("Signaturforklaring:" is the longest); checking it
 * first spares tokenising every note. */
const MAX_TITLE_LENGTH = 24;
/** Every legend title holds one of these, lower-cased; a cheap test before the exact one. */
const TITLE_HINTS = /legend|key|förklar|forklar|färg|farve|colou?r/i;

/** Whether a text is a legend's title ("Legend", "Förklaring", "Farveforklaring:"). */
export function isLegendTitle(text: string): boolean {
  if (text.length < 3 || text.length > MAX_TITLE_LENGTH || !TITLE_HINTS.test(text)) return false;
  return LEGEND_TITLES.includes(labelTokens(text).join(" "));
}

/**
 * Finds a legend area on the board: a title such as "Legend", "Förklaring" or "Forklaring", and
 * under it (or inside it, for a frame) coloured notes or shapes that each name a lane. Returns
 * null when the board has none, or one with fewer than two entries.
 */
export function readBoardLegend(parts: BoardParts, platform: Platform): BoardLegend | null {
  const titles: BoardItem[] = [...parts.frames, ...parts.labels].filter((i) =>
    isLegendTitle(i.text),
  );
  const titleNotes = parts.notes.filter((n) => isLegendTitle(n.text));
  if (titles.length === 0 && titleNotes.length === 0) return null;
  const swatches: Swatch[] = [
    ...parts.notes.map((n) => ({ ...n, fill: n.rawColour })),
    ...parts.labels.filter((label) => label.kind === "shape" && label.fill !== null),
  ];
  for (const title of [...titles, ...titleNotes]) {
    const members =
      "kind" in title && title.kind === "frame"
        ? swatches.filter((s) => s.parentId === title.id || inside(s, title))
        : swatchesUnder(title, swatches, parts.noteWidth, parts.noteHeight);
    const itemIds = new Map<string, string>([[title.id, "legend title"]]);
    const entries: LegendEntry[] = [];
    for (const swatch of members) {
      const meaning = meaningOf(swatch.text);
      const { colour } = resolveColour(swatch.fill, platform);
      if (!meaning || !colour) continue;
      if (!entries.some((entry) => entry.colour === colour)) entries.push({ colour, meaning });
      itemIds.set(
        swatch.id,
        `legend swatch: ${colourWords(colour)} means ${meaningWords(meaning)}`,
      );
    }
    if (entries.length >= 2) return { entries, itemIds };
  }
  return null;
}

function meaningOf(text: string): LegendMeaning | null {
  if (STAGE_WORDS.includes(labelTokens(text).join(" "))) return "stage-header";
  const lane = recogniseLane(text);
  return lane && lane.confidence >= MIN_SWATCH_CONFIDENCE ? lane.kind : null;
}

function inside(swatch: Swatch, frame: BoardItem): boolean {
  return (
    Math.abs(swatch.x - frame.x) <= frame.width / 2 &&
    Math.abs(swatch.y - frame.y) <= frame.height / 2
  );
}

/** The swatches stacked under a title, down to the first gap taller than a note. */
function swatchesUnder(
  title: { x: number; y: number; width: number; height: number },
  swatches: readonly Swatch[],
  noteWidth: number,
  noteHeight: number,
): Swatch[] {
  const left = title.x - title.width / 2 - noteWidth / 2;
  const right = title.x - title.width / 2 + Math.max(title.width, 3 * noteWidth);
  const below = swatches
    .filter((s) => s.x >= left && s.x <= right && s.y > title.y)
    .sort((a, b) => a.y - b.y);
  const taken: Swatch[] = [];
  let reach = title.y + title.height / 2;
  for (const swatch of below) {
    if (swatch.y - swatch.height / 2 > reach + noteHeight) break;
    if (meaningOf(swatch.text) === null) break;
    taken.push(swatch);
    reach = Math.max(reach, swatch.y + swatch.height / 2);
  }
  return taken;
}
