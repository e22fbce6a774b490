import type { Viewport } from "./viewport";

/**
 * The view a fraction `t` (0..1) of the way from one view to another, eased in and out. Zoom
 * moves geometrically and the offsets follow the board point at the screen's centre, so a
 * glide to a far note neither swoops out nor drifts sideways.
 */
export function easeViewport(
  from: Viewport,
  to: Viewport,
  t: number,
  screen: { width: number; height: number },
): Viewport {
  const s = Math.min(1, Math.max(0, t));
  const eased = s < 0.5 ? 2 * s * s : 1 - (-2 * s + 2) ** 2 / 2;
  const zoom = from.zoom * (to.zoom / from.zoom) ** eased;
  const centre = (view: Viewport) => ({
    x: (screen.width / 2 - view.offsetX) / view.zoom,
    y: (screen.height / 2 - view.offsetY) / view.zoom,
  });
  const [a, b] = [centre(from), centre(to)];
  const x = a.x + (b.x - a.x) * eased;
  const y = a.y + (b.y - a.y) * eased;
  return { zoom, offsetX: screen.width / 2 - x * zoom, offsetY: screen.height / 2 - y * zoom };
}
