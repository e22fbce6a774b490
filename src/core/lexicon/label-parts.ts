import { labelTokens } from "./label-tokens";

/** "3. ", "C) ": the numbering teams put before labels, not part of the label's words. */
const NUMBERING = /^\s*(?:\d{1,2}|\p{L})\s*[.)]\s+/u;
/**
 * Notes in parentheses, and everything after a spaced dash. Not after a colon: "Behov: 1
 * smärtpunkt" is a stage's summary, not a label with a note.
 */
const PARENTHESES = /\([^)]*(?:\)|$)/gu;
const TAIL = /\s[-–—]\s.*$/su;
const MAY_HOLD_NOTES = /[(–—-]/u;

/**
 * The label's stems, its own words first and its notes after them: `notesFrom` is where the
 * notes' stems begin (the end, for a label without notes).
 */
export function labelParts(label: string): { stems: string[]; notesFrom: number } {
  const unnumbered = label.replace(NUMBERING, "");
  // Most labels and every note without brackets or dashes skip the search for notes.
  if (!MAY_HOLD_NOTES.test(unnumbered)) {
    const stems = labelTokens(unnumbered);
    return { stems, notesFrom: stems.length };
  }
  const notes: string[] = [];
  const own = unnumbered
    .replace(PARENTHESES, (note) => {
      notes.push(note);
      return " ";
    })
    .replace(TAIL, (note) => {
      notes.push(note);
      return " ";
    });
  const stems = labelTokens(own);
  if (notes.length === 0 || stems.length === 0) {
    const all = stems.length === 0 ? labelTokens(unnumbered) : stems;
    return { stems: all, notesFrom: all.length };
  }
  return { stems: [...stems, ...labelTokens(notes.join(" "))], notesFrom: stems.length };
}
