import { platformName } from "../../core/colour/named-colour";
import type { Unplaced } from "../../core/model/journey";
import type { Note } from "../../core/model/note";

/** What a note's colour says when its place could not tell where it belongs. */
export type ColourClause = "no-colour" | "stage-header-colour" | "meaningless-colour" | "no-lane";

/** Why a note is not placed, as data the words say in the panel's language. */
export type UnplacedReason =
  | { kind: "no-position" }
  | { kind: "no-stages" | "outside"; clause: ColourClause; colour: string | null }
  /** A reason without a cause the panel knows: the core's own words (English). */
  | { kind: "other"; text: string };

const CLAUSES = {
  "no-fill": "no-colour",
  "stage-header": "stage-header-colour",
  "no-meaning": "meaningless-colour",
  "no-lane": "no-lane",
} as const;

/** Reads the core's cause of an unplaced note into what the panel's words say. */
export function unplacedReason(unplaced: Unplaced, note: Note | undefined): UnplacedReason {
  const cause = unplaced.cause;
  if (cause?.where === "no-position") return { kind: "no-position" };
  if (cause === undefined || note === undefined) return { kind: "other", text: unplaced.reason };
  return {
    kind: cause.where === "no-stages" ? "no-stages" : "outside",
    clause: CLAUSES[cause.colour ?? "no-lane"],
    colour: note.colour === null ? null : platformName(note.colour),
  };
}
