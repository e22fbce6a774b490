/**
 * The number of edits (a letter added, dropped, changed, or two neighbours swapped) that turn `a`
 * into `b`: optimal string alignment, the Damerau-Levenshtein distance most typos are counted in.
 */
export function editDistance(a: string, b: string): number {
  // Three rows suffice: a swap looks back two rows, nothing looks further.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate a mistyped word most likely meant, in any case: the nearest within a third of
 * the word's length in edits (so "analyse" finds "analyze" but "se" finds nothing: two letters
 * are too few to guess from), else the only candidate that starts with it (three letters or
 * more). Of equally near ones, the first that the word begins ("lane" means "lanes" more likely
 * than "lang"), else the first; undefined when nothing is near.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const allowed = Math.floor(typed.length / 3);
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let bestLonger = false;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    const longer = candidate.toLowerCase().startsWith(typed);
    if (distance < bestDistance || (distance === bestDistance && longer && !bestLonger)) {
      bestLonger = longer;
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined || typed.length < 3) return best;
  const started = candidates.filter((candidate) => candidate.toLowerCase().startsWith(typed));
  return started.length === 1 ? started[0] : undefined;
}
