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
  private settle = 0;
  private screen: { width: number; height: number };

  constructor(
    private readonly container: HTMLElement,
    private readonly world: HTMLElement,
    private readonly onZoom: (zoom: number) => void,
  ) {
    // Read once before any item is drawn, and then on resize: reading it after a redraw would
    // make the browser lay out every item there and then.
    this.screen = { width: container.clientWidth, height: container.clientHeight };
  }

  get view(): Viewport {
    return this.current;
  }

  /** The size of the board on screen, in pixels. */
  size(): { width: number; height: number } {
    return this.screen;
  }

  /** Takes the board's new size on screen (from a ResizeObserver), keeping what was in the middle there. */
  resize(width: number, height: number): void {
    const before = this.screen;
    this.screen = { width, height };
    if (before.width <= 0 || before.height <= 0) return;
    if (before.width === width && before.height === height) return;
    this.show({
      ...this.current,
      offsetX: this.current.offsetX + (width - before.width) / 2,
      offsetY: this.current.offsetY + (height - before.height) / 2,
    });
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
    clearTimeout(this.settle);
  }

  private fitting(rect: Rect): Viewport {
    return fitView(rect, this.size(), { padding: 48, maxZoom: 1 });
  }

  private show(view: Viewport): void {
    this.current = view;
    // While the view moves the world is its own layer, so a pan only moves pixels; at rest it
    // is drawn again at its zoom, so text is sharp rather than a scaled picture of itself.
    this.world.classList.add("jm-moving");
    clearTimeout(this.settle);
    this.settle = window.setTimeout(() => this.world.classList.remove("jm-moving"), 160);
    this.world.style.transform = `translate(${view.offsetX}px, ${view.offsetY}px) scale(${view.zoom})`;
    this.container.style.setProperty("--jm-zoom", String(view.zoom));
    // The dotted background moves with the board, so a pan is felt even on an empty stretch.
    this.container.style.backgroundPosition = `${view.offsetX}px ${view.offsetY}px`;
    this.onZoom(view.zoom);
  }
}
