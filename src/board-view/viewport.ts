/** A point on the screen (the board view's own pixels) or on the board (board units). */
export interface Point {
  x: number;
  y: number;
}

/**
 * How the board shows on screen: a board point p is drawn at `p * zoom + offset`. The drawn
 * world is one CSS transform of this, so panning and zooming never touch the items.
 */
export interface Viewport {
  offsetX: number;
  offsetY: number;
  zoom: number;
}

/** Zoom limits: a whole large board fits at the smallest, a note's words read at the largest. */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;

/** The zoom kept within the limits. */
export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** Where a board point shows on screen. */
export function toScreen(view: Viewport, point: Point): Point {
  return { x: point.x * view.zoom + view.offsetX, y: point.y * view.zoom + view.offsetY };
}

/** The board point under a screen point. */
export function toBoard(view: Viewport, point: Point): Point {
  return { x: (point.x - view.offsetX) / view.zoom, y: (point.y - view.offsetY) / view.zoom };
}

/** The view moved by a screen distance, as when the background is dragged. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { ...view, offsetX: view.offsetX + dx, offsetY: view.offsetY + dy };
}

/**
 * The view zoomed by a factor about a screen point, which stays over the same board point (the
 * cursor for the wheel, the fingers' midpoint for a pinch, the middle for the buttons).
 */
export function zoomAround(view: Viewport, anchor: Point, factor: number): Viewport {
  const zoom = clampZoom(view.zoom * factor);
  const under = toBoard(view, anchor);
  return { zoom, offsetX: anchor.x - under.x * zoom, offsetY: anchor.y - under.y * zoom };
}

/**
 * How much one wheel event zooms. A pinch on a trackpad arrives as a wheel event with ctrlKey
 * and small deltas, so it zooms faster per unit; a line-mode wheel (Firefox) gives lines, not pixels.
 */
export function wheelZoomFactor(
  deltaY: number,
  options: { pinch: boolean; lines: boolean },
): number {
  const pixels = options.lines ? deltaY * 16 : deltaY;
  const rate = options.pinch ? 0.01 : 0.0015;
  // A huge delta (a fast free-spinning wheel) zooms by at most a factor of 2 per event.
  return Math.exp(Math.max(-0.7, Math.min(0.7, -pixels * rate)));
}
