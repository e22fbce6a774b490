import type { FigmaParentNode, FigmaSceneNode } from "./figma-api";

type Point = { x: number; y: number };
type Placed = Pick<FigmaSceneNode, "x" | "y" | "width" | "height" | "absoluteBoundingBox"> & {
  readonly parent: FigmaParentNode | null;
};

/** Where the parent a node's `x`/`y` count from sits on the page, along a chain of parents. */
function originAlong(parent: FigmaParentNode | null): Point {
  let origin = { x: 0, y: 0 };
  const seen = new Set<FigmaParentNode>();
  for (let at = parent; at && !seen.has(at); at = at.parent) {
    seen.add(at);
    // A group has no coordinates of its own for its children: theirs count from its parent.
    if (at.type !== "SECTION") continue;
    const box = at.absoluteBoundingBox;
    if (box) return { x: origin.x + box.x, y: origin.y + box.y };
    origin = { x: origin.x + at.x, y: origin.y + at.y };
  }
  return origin;
}

/**
 * Where the node's `x`/`y` count from, on the page: its section's top-left corner, or the page's
 * 0,0. Read off the node's own page box where it has one (an unrotated node's box starts at its
 * `x`/`y`), which holds whatever holds it.
 */
export function originOf(node: Placed): Point {
  const box = node.absoluteBoundingBox;
  if (box) return { x: box.x - node.x, y: box.y - node.y };
  return originAlong(node.parent);
}

/** The node's centre on the page, from its page box (`x`/`y` are relative to its parent). */
export function centreOf(node: Placed): Point {
  const box = node.absoluteBoundingBox;
  if (box) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const origin = originAlong(node.parent);
  return { x: origin.x + node.x + node.width / 2, y: origin.y + node.y + node.height / 2 };
}

/** Puts the node's centre at a point of the page, whatever parent it sits in. */
export function placeCentre(node: Placed, centre: Point): void {
  const origin = originOf(node);
  const x = centre.x - node.width / 2 - origin.x;
  const y = centre.y - node.height / 2 - origin.y;
  if (node.x !== x) node.x = x;
  if (node.y !== y) node.y = y;
}

/** The section the node sits in, however many groups lie between; null on the open page. */
export function sectionOf(node: { readonly parent: FigmaParentNode | null }): string | null {
  const seen = new Set<FigmaParentNode>();
  for (let at = node.parent; at && !seen.has(at); at = at.parent) {
    seen.add(at);
    if (at.type === "SECTION") return at.id;
    if (at.type !== "GROUP") return null;
  }
  return null;
}
