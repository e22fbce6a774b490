import { type NamedColourId, platformName } from "../../core/colour/named-colour";
import type { LegendMeaning } from "../../core/legend/legend";
import type { Unplaced } from "../../core/model/journey";
import type { Note } from "../../core/model/note";

/** What a note's colour says when its place could not tell where it belongs. */
export type ColourClause = "no-colour" | "stage-header-colour" | "meaningless-colour" | "no-lane";

/** Why a note is not placed, as data the words say in the panel's language. */
export type UnplacedReason =
  | { kind: "no-position" }
  | { kind: "no-stages" | "outside"; clause: ColourClause; colour: string | null }
  /** A reason the panel does not know yet: the core's own words (English). */
  | { kind: "other"; text: string };

/**
 * Reads the core's reason for an unplaced note into data. The core writes its reasons in English
 * for the CLI; the panel retells them from the note's colour and the legend, in any language.
 */
export function unplacedReason(
  unplaced: Unplaced,
  note: Note | undefined,
  meaningOf: (colour: NamedColourId) => LegendMeaning | undefined,
): UnplacedReason {
  const reason = unplaced.reason;
  if (reason.startsWith("the board file gives it no position")) return { kind: "no-position" };
  const kind = reason.startsWith("the board has no stages")
    ? "no-stages"
    : reason.startsWith("it lies outside every stage")
      ? "outside"
      : null;
  if (kind === null || note === undefined) return { kind: "other", text: reason };
  const colour = note.colour;
  if (colour === null) return { kind, clause: "no-colour", colour: null };
  const meaning = meaningOf(colour);
  const clause =
    meaning === "stage-header"
      ? "stage-header-colour"
      : meaning === "none"
        ? "meaningless-colour"
        : "no-lane";
  return { kind, clause, colour: platformName(colour) };
}
