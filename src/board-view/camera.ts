import type { Rect } from "../core/board/board-item";
import { easeViewport } from "./ease-viewport";
import { fitView } from "./fit-view";
import { type Point, type Viewport, zoomAround } from "./viewport";

const GLIDE_MS = 280;

/**
 * Where the drawn board looks: one CSS transform on the world, so panning and zooming never
 * touch the items. Glides between views, except for people who ask for reduced motion.
 */
export class Camera {
  private current: Viewport = { offsetX: 0, offsetY: 0, zoom: 1 };
  private glide = 0;
  /** Whether the view was ever set; a board that had no size yet is fitted once it has one. */
  placed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly world: HTMLElement,
    private readonly onZoom: (zoom: number) => void,
  ) {}

  get view(): Viewport {
    return this.current;
  }

  size(): { width: number; height: number } {
    return { width: this.container.clientWidth, height: this.container.clientHeight };
  }

  /** Shows a view at once. */
  set(view: Viewport): void {
    cancelAnimationFrame(this.glide);
    this.show(view);
  }

  /** Glides to the view that shows the rect (never zoomed past 100 %). */
  glideTo(rect: Rect): void {
    const target = this.fitting(rect);
    cancelAnimationFrame(this.glide);
    const reduced = this.container.ownerDocument.defaultView?.matchMedia?.(
      "(prefers-reduced-motion: reduce)",
    ).matches;
    if (reduced) {
      this.show(target);
      return;
    }
    const from = this.current;
    const started = performance.now();
    const step = (now: number) => {
      const t = (now - started) / GLIDE_MS;
      this.show(easeViewport(from, target, t, this.size()));
      if (t < 1) this.glide = requestAnimationFrame(step);
    };
    this.glide = requestAnimationFrame(step);
  }

  /** Shows the rect at once. */
  fit(rect: Rect): void {
    this.set(this.fitting(rect));
  }

  panBy(dx: number, dy: number): void {
    this.set({
      ...this.current,
      offsetX: this.current.offsetX + dx,
      offsetY: this.current.offsetY + dy,
    });
  }

  /** Zooms about a screen point; about the middle of the view when none is given. */
  zoomBy(factor: number, anchor?: Point): void {
    const { width, height } = this.size();
    this.set(zoomAround(this.current, anchor ?? { x: width / 2, y: height / 2 }, factor));
  }

  stop(): void {
    cancelAnimationFrame(this.glide);
  }

  private fitting(rect: Rect): Viewport {
    return fitView(rect, this.size(), { padding: 48, maxZoom: 1 });
  }

  private show(view: Viewport): void {
    this.current = view;
    this.placed = true;
    this.world.style.transform = `translate(${view.offsetX}px, ${view.offsetY}px) scale(${view.zoom})`;
    this.container.style.setProperty("--jm-zoom", String(view.zoom));
    // The dotted background moves with the board, so a pan is felt even on an empty stretch.
    this.container.style.backgroundPosition = `${view.offsetX}px ${view.offsetY}px`;
    this.onZoom(view.zoom);
  }
}
