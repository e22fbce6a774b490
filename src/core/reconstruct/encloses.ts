import type { Placed } from "./note-spread";

/**
 * Whether `inner` lies wholly within `outer`, edges included: a frame, section or drawn shape
 * holds what it encloses, and a shape that only overlaps another is not its part.
 */
export function encloses(outer: Placed, inner: Placed): boolean {
  return (
    outer.x - outer.width / 2 <= inner.x - inner.width / 2 &&
    outer.x + outer.width / 2 >= inner.x + inner.width / 2 &&
    outer.y - outer.height / 2 <= inner.y - inner.height / 2 &&
    outer.y + outer.height / 2 >= inner.y + inner.height / 2
  );
}
