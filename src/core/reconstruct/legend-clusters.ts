import type { LegendKey } from "./legend-keys";

/** A box by its edges. */
export interface Edges {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether two boxes come within `gapX` of each other across and `gapY` down. */
export function near(a: Edges, b: Edges, gapX: number, gapY: number): boolean {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return dx <= gapX && dy <= gapY;
}

/** The smallest box around all of them. */
export function around(boxes: readonly Edges[]): Edges {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** A legend has a few lines; more than this many keys are not read as one. */
const MAX_KEYS = 400;

/**
 * Groups legend keys into clusters whose members each come within the gaps of another: a row
 * or a column of chips and captions, or a small grid of them. Largest first.
 */
export function clusterKeys(keys: readonly LegendKey[], gapX: number, gapY: number): LegendKey[][] {
  if (keys.length > MAX_KEYS) return [];
  const group = keys.map((_, i) => i);
  const root = (i: number): number => {
    while (group[i] !== i) {
      const parent = group[i] as number;
      group[i] = group[parent] as number;
      i = parent;
    }
    return i;
  };
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (near(keys[i] as LegendKey, keys[j] as LegendKey, gapX, gapY)) group[root(i)] = root(j);
    }
  }
  const clusters = new Map<number, LegendKey[]>();
  keys.forEach((key, i) => {
    const r = root(i);
    const cluster = clusters.get(r);
    if (cluster) cluster.push(key);
    else clusters.set(r, [key]);
  });
  return [...clusters.values()].sort((a, b) => b.length - a.length);
}

/**
 * The keys that join a title: those within the gaps of the title or of a key already joined,
 * lying beside or under it (a legend reads from its title down or to the right).
 */
export function keysOfTitle(
  title: Edges,
  keys: readonly LegendKey[],
  gapX: number,
  gapY: number,
): LegendKey[] {
  const candidates = keys.filter(
    (k) => k.top >= title.top - gapY / 2 && k.left >= title.left - gapX,
  );
  const joined: LegendKey[] = [];
  const members: Edges[] = [title];
  let grew = true;
  while (grew) {
    grew = false;
    for (const key of candidates) {
      if (joined.includes(key)) continue;
      if (members.some((m) => near(m, key, gapX, gapY))) {
        joined.push(key);
        members.push(key);
        grew = true;
      }
    }
  }
  return joined;
}
