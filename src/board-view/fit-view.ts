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
