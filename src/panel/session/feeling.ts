/** A feeling score rounded to the five steps a facilitator talks in, −2 (awful) to +2 (delighted). */
export type FeelingStep = -2 | -1 | 0 | 1 | 2;

/** The step a score from −2 to +2 is nearest to; null where the board says nothing of feelings. */
export function feelingStep(score: number | null): FeelingStep | null {
  if (score === null || !Number.isFinite(score)) return null;
  return Math.max(-2, Math.min(2, Math.round(score))) as FeelingStep;
}
