/// <reference types="@figma/plugin-typings/plugin-api" />
import type { FigmaPluginApi } from "../figma-api";
import { refusedError } from "./figjam-errors";
import { absoluteBox } from "./node-geometry";
import type { ViewContext } from "./view-context";

/** The size of the window the emulated canvas is seen through: unverified, a laptop's. */
const WINDOW = { width: 1440, height: 900 };

/** The viewport: where the canvas is seen from, and `scrollAndZoomIntoView`. */
export function emulatedViewport(ctx: ViewContext): FigmaPluginApi["viewport"] {
  let center: Vector = { x: 0, y: 0 };
  let zoom = 1;
  return {
    get center() {
      return ctx.gate.read(() => ({ ...center }));
    },
    set center(value: Vector) {
      ctx.gate.call("set_viewport_center", () => {
        center = { x: value.x, y: value.y };
      });
    },
    get zoom() {
      return ctx.gate.read(() => zoom);
    },
    set zoom(value: number) {
      ctx.gate.call("set_viewport_zoom", () => {
        if (!(value > 0)) throw refusedError("set_zoom", "the zoom must be positive");
        zoom = value;
      });
    },
    get bounds(): Rect {
      return ctx.gate.read(() => {
        const width = WINDOW.width / zoom;
        const height = WINDOW.height / zoom;
        return { x: center.x - width / 2, y: center.y - height / 2, width, height };
      });
    },
    scrollAndZoomIntoView(nodes) {
      ctx.gate.call("scrollAndZoomIntoView", () => {
        const boxes = nodes.flatMap((node) => {
          const record = ctx.store.scene(node.id);
          return record ? [absoluteBox(ctx.store, record)] : [];
        });
        if (boxes.length === 0) return;
        const left = Math.min(...boxes.map((b) => b.x));
        const top = Math.min(...boxes.map((b) => b.y));
        const right = Math.max(...boxes.map((b) => b.x + b.width));
        const bottom = Math.max(...boxes.map((b) => b.y + b.height));
        const view = { x: left, y: top, width: right - left, height: bottom - top };
        ctx.state.lastView = view;
        center = { x: left + view.width / 2, y: top + view.height / 2 };
        zoom = Math.min(WINDOW.width / (view.width || 1), WINDOW.height / (view.height || 1), 4);
      });
    },
  };
}
