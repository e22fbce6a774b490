import { LANE_KINDS, type LaneKind } from "../../model/lane-kind";
import type { Role } from "./roles";

/** Roles of which a template or write-back has one item: the key is the role alone. */
const SINGLE_ROLES = [
  "journey-frame",
  "title",
  "header-card",
  "legend-title",
  "parking-lot",
  "headline",
  "emotion-label",
  "actions-area",
  "tidy-tray",
] as const;
type SingleRole = (typeof SINGLE_ROLES)[number];

/**
 * Roles with one item per stage of the journey. A stage section is FigJam's column of a stage:
 * a section holding its header and cells.
 */
type StageRole = "stage-header" | "stage-section" | "stage-summary" | "emotion-point";

/**
 * Which item of a template or write-back this is, as typed data: what the app builds keys from
 * and what `parseItemKey` reads back. Stages are indexes, left to right from 0.
 */
export type ItemKey =
  | { role: SingleRole }
  | { role: StageRole; stage: number }
  | { role: "lane-label"; lane: LaneKind }
  | { role: "cell"; stage: number; lane: LaneKind }
  | { role: "legend-swatch"; meaning: LaneKind | "stage-header" }
  | { role: "emotion-line"; from: number; to: number }
  | { role: "action"; actionId: string }
  | { role: "tidy-note"; noteId: string };

// Every role but `unknown` has a key; the compiler says so if a new role lacks one.
type Unkeyed = Exclude<Exclude<Role, "unknown">, ItemKey["role"]>;
const everyRoleKeyed: [Unkeyed] extends [never] ? true : Unkeyed = true;
void everyRoleKeyed;

/**
 * The key as written in a mark: the role, then its fields, joined by `:` (`cell:2:pain`,
 * `stage-header:3`, `action:act-1a2b`, `tidy-note:12:7`). Ids come last, so they may hold `:`.
 */
export function keyText(key: ItemKey): string {
  switch (key.role) {
    case "stage-header":
    case "stage-section":
    case "stage-summary":
    case "emotion-point":
      return `${key.role}:${key.stage}`;
    case "lane-label":
      return `${key.role}:${key.lane}`;
    case "cell":
      return `${key.role}:${key.stage}:${key.lane}`;
    case "legend-swatch":
      return `${key.role}:${key.meaning}`;
    case "emotion-line":
      return `${key.role}:${key.from}:${key.to}`;
    case "action":
      return `${key.role}:${key.actionId}`;
    case "tidy-note":
      return `${key.role}:${key.noteId}`;
    default:
      return key.role;
  }
}

/** A stage index as keys write it: digits, no sign, no leading zero. */
function stageOf(text: string | undefined): number | null {
  return text !== undefined && /^(0|[1-9]\d{0,3})$/.test(text) ? Number(text) : null;
}

/** The two fields of `a:b`; undefined ones when the text is not two fields. */
function pairOf(text: string): [string | undefined, string | undefined] {
  const colon = text.indexOf(":");
  if (colon < 0 || text.indexOf(":", colon + 1) >= 0) return [undefined, undefined];
  return [text.slice(0, colon), text.slice(colon + 1)];
}

function laneOf(text: string | undefined): LaneKind | null {
  const found = LANE_KINDS.find((kind) => kind === text);
  return found ?? null;
}

/**
 * Reads a key written by `keyText`; null for anything else (a key this version does not write).
 * The one place a key's text is taken apart.
 */
export function parseItemKey(text: string): ItemKey | null {
  const colon = text.indexOf(":");
  const role = colon < 0 ? text : text.slice(0, colon);
  if (colon < 0) {
    const single = SINGLE_ROLES.find((known) => known === role);
    return single ? { role: single } : null;
  }
  const rest = text.slice(colon + 1);
  switch (role) {
    case "stage-header":
    case "stage-section":
    case "stage-summary":
    case "emotion-point": {
      const stage = stageOf(rest);
      return stage === null ? null : { role, stage };
    }
    case "lane-label": {
      const lane = laneOf(rest);
      return lane === null ? null : { role, lane };
    }
    case "cell": {
      const [column, row] = pairOf(rest);
      const stage = stageOf(column);
      const lane = laneOf(row);
      return stage === null || lane === null ? null : { role, stage, lane };
    }
    case "legend-swatch": {
      const meaning = rest === "stage-header" ? rest : laneOf(rest);
      return meaning === null ? null : { role, meaning };
    }
    case "emotion-line": {
      const [left, right] = pairOf(rest);
      const from = stageOf(left);
      const to = stageOf(right);
      return from === null || to === null ? null : { role, from, to };
    }
    case "action":
      return rest === "" ? null : { role, actionId: rest };
    case "tidy-note":
      return rest === "" ? null : { role, noteId: rest };
    default:
      return null;
  }
}
