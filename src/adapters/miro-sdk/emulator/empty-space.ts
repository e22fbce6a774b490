import type { MiroRect } from "../miro-api";

type Step = (rect: MiroRect, blocker: MiroRect, gap: number) => MiroRect;

/** The four ways out of a crowded spot: past the blocker to the right, down, left, up. */
const STEPS: readonly Step[] = [
  (r, b, gap) => ({ ...r, x: b.x + b.width / 2 + gap + r.width / 2 }),
  (r, b, gap) => ({ ...r, y: b.y + b.height / 2 + gap + r.height / 2 }),
  (r, b, gap) => ({ ...r, x: b.x - b.width / 2 - gap - r.width / 2 }),
  (r, b, gap) => ({ ...r, y: b.y - b.height / 2 - gap - r.height / 2 }),
];

function overlaps(a: MiroRect, b: MiroRect, gap: number): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap
  );
}

/**
 * The free region of the wanted size nearest the wanted place, as `findEmptySpace` finds it:
 * rects are centre-based (x, y the centre, Miro's convention, so the answer goes straight into
 * a create call), and `gap` is the space kept to every box. Each way out jumps past one blocker
 * at a time, so the search ends; the nearest of the four answers wins.
 */
export function emptySpaceNear(want: MiroRect, boxes: readonly MiroRect[], gap: number): MiroRect {
  let best: MiroRect | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const step of STEPS) {
    let rect = { ...want };
    for (let blocker = boxes.find((b) => overlaps(rect, b, gap)); blocker; ) {
      rect = step(rect, blocker, gap);
      blocker = boxes.find((b) => overlaps(rect, b, gap));
    }
    const distance = Math.hypot(rect.x - want.x, rect.y - want.y);
    if (distance < bestDistance) [best, bestDistance] = [rect, distance];
  }
  return best ?? { ...want };
}
