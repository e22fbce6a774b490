import { FIGJAM_COLOUR_NAMES, MIRO_COLOUR_NAMES, NAMED_COLOUR_IDS } from "../colour/named-colour";
import { LANE_KINDS } from "../model/lane-kind";
import { LEGEND_SCHEMA_VERSION } from "./legend";

/** What a legend entry's meaning may be. */
const LEGEND_MEANINGS: readonly string[] = [...LANE_KINDS, "stage-header", "none"];

/** Colour words people write for the platform's names (`purple` for `violet`). */
const SYNONYMS: Record<string, string> = {
  purple: "violet",
  lilac: "violet",
  grey: "gray",
  magenta: "pink",
  turquoise: "cyan",
  aqua: "cyan",
  lime: "light_green",
  navy: "dark_blue",
  brown: "orange",
};

/** A legend problem: where it is, what the value was, and what is allowed there. */
export interface LegendProblem {
  path: (string | number)[];
  /** The value found, shown quoted; undefined when the field is missing. */
  found: unknown;
  problem: string;
  /** A likely meant value, when one is near. */
  suggestion?: string;
}

const miroNames = `miro:<name> (${MIRO_COLOUR_NAMES.join(", ")})`;
const figjamNames = `figjam:<name> (${FIGJAM_COLOUR_NAMES.join(", ")})`;

/** A guess at the word a mistyped one meant, among `allowed`. */
type Meant = (word: string, allowed: readonly string[]) => string | undefined;

/**
 * The colour a colour word likely means, by platform and synonym (`miro:grey` → `miro:gray`),
 * else by the nearest name on the platform (`miro:yelow` → `miro:yellow`).
 */
function colourMeant(value: string, meant: Meant): string | undefined {
  const [platform, name = ""] = value
    .toLowerCase()
    .replace(/[\s-]+/g, "_")
    .split(":");
  const known = (id: string) => (NAMED_COLOUR_IDS as readonly string[]).includes(id);
  const candidates = platform === "figjam" || platform === "miro" ? [platform] : ["miro", "figjam"];
  const bare = name === "" ? (platform ?? "") : name;
  for (const p of candidates) {
    for (const word of [bare, SYNONYMS[bare]]) {
      if (word && known(`${p}:${word}`) && `${p}:${word}` !== value) return `${p}:${word}`;
    }
  }
  for (const p of candidates) {
    const near = meant(bare, p === "miro" ? MIRO_COLOUR_NAMES : FIGJAM_COLOUR_NAMES);
    if (near !== undefined && `${p}:${near}` !== value) return `${p}:${near}`;
  }
  return undefined;
}

/**
 * The first things wrong in a legend file, in the user's words: the bad value quoted, what is
 * allowed listed briefly, and the likely meant value where one is near. Empty when the legend's
 * shape and values are right (a colour given twice is left to LegendSchema).
 */
export function legendProblems(json: unknown, meant: Meant): LegendProblem[] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return [
      {
        path: [],
        found: undefined,
        problem: `a legend is an object { "schemaVersion": ${LEGEND_SCHEMA_VERSION}, "entries": [{ "colour": "miro:red", "meaning": "pain" }, ...] }`,
      },
    ];
  }
  const legend = json as Record<string, unknown>;
  const problems: LegendProblem[] = [];
  if (legend.schemaVersion !== LEGEND_SCHEMA_VERSION) {
    problems.push({
      path: ["schemaVersion"],
      found: legend.schemaVersion,
      problem: `must be ${LEGEND_SCHEMA_VERSION}`,
    });
  }
  if (legend.name !== undefined && typeof legend.name !== "string") {
    problems.push({ path: ["name"], found: legend.name, problem: "must be a text" });
  }
  if (!Array.isArray(legend.entries)) {
    problems.push({
      path: ["entries"],
      found: legend.entries,
      problem: 'must be a list of { "colour", "meaning" }',
    });
    return problems;
  }
  legend.entries.forEach((entry: unknown, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      problems.push({
        path: ["entries", index],
        found: entry,
        problem: 'must be { "colour": ..., "meaning": ... }',
      });
      return;
    }
    const { colour, meaning } = entry as Record<string, unknown>;
    if (!(NAMED_COLOUR_IDS as readonly unknown[]).includes(colour)) {
      const suggestion = typeof colour === "string" ? colourMeant(colour, meant) : undefined;
      problems.push({
        path: ["entries", index, "colour"],
        found: colour,
        problem: `is not a colour; use ${miroNames} or ${figjamNames}`,
        ...(suggestion ? { suggestion } : {}),
      });
    }
    if (!LEGEND_MEANINGS.includes(meaning as string)) {
      const suggestion = typeof meaning === "string" ? meant(meaning, LEGEND_MEANINGS) : undefined;
      problems.push({
        path: ["entries", index, "meaning"],
        found: meaning,
        problem: `is not a meaning; use one of ${LEGEND_MEANINGS.join(", ")}`,
        ...(suggestion ? { suggestion } : {}),
      });
    }
  });
  return problems;
}
