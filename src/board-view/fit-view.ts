import type { Rect } from "../core/board/board-item";
import { clampZoom, type Viewport } from "./viewport";

/** The size of the board view on screen, in pixels. */
export interface ScreenSize {
  width: number;
  height: number;
}

/**
 * The view that shows the whole rect centred on a screen of the given size, with `padding`
 * pixels kept free on every side. A view never zooms in past `maxZoom`, so bringing one small
 * note into view shows it with its neighbours rather than filling the screen.
 */
export function fitView(
  rect: Rect,
  screen: ScreenSize,
  options: { padding?: number; maxZoom?: number } = {},
): Viewport {
  const padding = options.padding ?? 40;
  const room = {
    width: Math.max(1, screen.width - 2 * padding),
    height: Math.max(1, screen.height - 2 * padding),
  };
  const fits = Math.min(
    room.width / Math.max(1, rect.width),
    room.height / Math.max(1, rect.height),
  );
  const zoom = clampZoom(Math.min(fits, options.maxZoom ?? 1));
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  return {
    zoom,
    offsetX: screen.width / 2 - centre.x * zoom,
    offsetY: screen.height / 2 - centre.y * zoom,
  };
}

/**
 * The rect grown on every side by a share of its size, at least `least` board units: a note
 * brought into view is shown with its neighbours, so people see where on the board it is.
 */
export function withMargin(rect: Rect, share = 0.1, least = 200): Rect {
  const dx = Math.max(least, rect.width * share);
  const dy = Math.max(least, rect.height * share);
  return {
    x: rect.x - dx,
    y: rect.y - dy,
    width: rect.width + 2 * dx,
    height: rect.height + 2 * dy,
  };
}
