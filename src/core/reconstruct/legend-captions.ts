import type { LegendMeaning } from "../legend/legend";
import { labelTokens } from "../lexicon/label-tokens";
import { recogniseLane } from "../lexicon/recognise-lane";

/** Words that mark the stage headers' colour in a legend ("Stage", "Fas", "Overskrift"). */
const STAGE_WORDS = new Set(
  [
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
  ].map((word) => labelTokens(word).join(" ")),
);

/** How surely a caption's words must name a lane for it to count as a legend line. */
const MIN_CAPTION_CONFIDENCE = 0.6;
/** A caption is a few words, not a note's sentence. */
const MAX_CAPTION_LENGTH = 48;
const MEANINGS = new Map<string, LegendMeaning | null>();
const MAX_REMEMBERED = 4096;
/** Colour names in English, Swedish and Danish, light and dark ones too, as whole words. */
const COLOUR_WORDS =
  /(?<!\p{L})(?:(?:light|dark|ljus|mörk|lys|mørk)[ -]?)?(?:yellow|gula?|gule?|red|röda?|rød[e]?|blue|blåa?|blå|green|gröna?|grøn(?:ne)?|orange|pink|rosa|lyserød|purple|violet|lila|gr[ae]y|grå|white|vita?|hvide?|black|svarta?|sorte?|teal|turkos|turkis|cyan)(?!\p{L})/giu;

/** What a legend's words say a colour means: a lane kind, the stage headers, or nothing. */
export function captionMeaning(text: string): LegendMeaning | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > MAX_CAPTION_LENGTH) return null;
  const known = MEANINGS.get(trimmed);
  if (known !== undefined) return known;
  // "Yellow = pains", "Gul: kundsteg": the colour named again says nothing of the meaning.
  const uncoloured = trimmed.replace(COLOUR_WORDS, " ");
  const meaning =
    wordsMeaning(trimmed) ?? (uncoloured !== trimmed ? wordsMeaning(uncoloured) : null);
  // Boards repeat their captions; a long session of many boards must not grow this for ever.
  if (MEANINGS.size >= MAX_REMEMBERED) MEANINGS.clear();
  MEANINGS.set(trimmed, meaning);
  return meaning;
}

function wordsMeaning(text: string): LegendMeaning | null {
  if (STAGE_WORDS.has(labelTokens(text).join(" "))) return "stage-header";
  const lane = recogniseLane(text);
  return lane && lane.confidence >= MIN_CAPTION_CONFIDENCE ? lane.kind : null;
}
