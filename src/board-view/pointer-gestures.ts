import type { Point } from "./viewport";

/** What the pointer gestures do to the drawn board; the view implements it. */
export interface GestureHost {
  /** The id of the drawn item an event landed on, or null for the open board. */
  itemAt(target: EventTarget | null): string | null;
  /** A press on an item: selects it (Shift adds or removes); the ids a drag would move. */
  press(id: string, additive: boolean): readonly string[];
  /** A click on the open board. */
  clickBackground(additive: boolean): void;
  /** The dragged items, moved by a screen distance from where the drag began. */
  dragBy(ids: readonly string[], dx: number, dy: number): void;
  drop(ids: readonly string[], dx: number, dy: number): void;
  pan(dx: number, dy: number): void;
  zoom(factor: number, anchor: Point): void;
  /** The box of a Shift-drag on the open board, in screen pixels; null when it ends. */
  box(from: Point, to: Point | null, done: boolean): void;
  /** Whether Space is held, which makes any drag pan. */
  spaceHeld(): boolean;
}

/** Pointer travel, in pixels, below which a press is a click and not a drag. */
const CLICK_SLOP = 3;

type Mode =
  | { kind: "idle" }
  | { kind: "pan"; last: Point }
  | { kind: "drag"; ids: readonly string[]; start: Point; moved: boolean }
  | { kind: "press-background"; start: Point; additive: boolean }
  | { kind: "box"; start: Point }
  | { kind: "pinch"; distance: number };

/**
 * Mouse, pen and touch on the board: drag the open board (or anything with Space held, or the
 * middle button) to pan, drag items to move them, Shift-drag the open board to select a box,
 * pinch to zoom. Returns the function that stops listening.
 */
export function listenToPointers(element: HTMLElement, host: GestureHost): () => void {
  const pointers = new Map<number, Point>();
  let mode: Mode = { kind: "idle" };
  const local = (event: PointerEvent): Point => {
    const bounds = element.getBoundingClientRect();
    return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
  };
  const pinchOf = () => {
    const [a, b] = [...pointers.values()] as [Point, Point];
    return {
      distance: Math.hypot(a.x - b.x, a.y - b.y),
      middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    };
  };

  const down = (event: PointerEvent) => {
    if (event.button !== 0 && event.button !== 1) return;
    if ((event.target as Element | null)?.closest?.("button, textarea, input, .jm-zoom")) return;
    const at = local(event);
    pointers.set(event.pointerId, at);
    element.setPointerCapture?.(event.pointerId);
    element.focus({ preventScroll: true });
    if (pointers.size === 2) {
      if (mode.kind === "drag") host.dragBy(mode.ids, 0, 0);
      mode = { kind: "pinch", distance: pinchOf().distance };
      return;
    }
    if (pointers.size > 2) return;
    const id = host.itemAt(event.target);
    if (event.button === 1 || host.spaceHeld()) mode = { kind: "pan", last: at };
    else if (id !== null)
      mode = { kind: "drag", ids: host.press(id, event.shiftKey), start: at, moved: false };
    else mode = { kind: "press-background", start: at, additive: event.shiftKey };
    element.classList.toggle("jm-panning", mode.kind === "pan");
    event.preventDefault();
  };

  const move = (event: PointerEvent) => {
    if (!pointers.has(event.pointerId)) return;
    const at = local(event);
    pointers.set(event.pointerId, at);
    switch (mode.kind) {
      case "pinch": {
        const pinch = pinchOf();
        if (mode.distance > 0) host.zoom(pinch.distance / mode.distance, pinch.middle);
        mode = { kind: "pinch", distance: pinch.distance };
        return;
      }
      case "pan":
        host.pan(at.x - mode.last.x, at.y - mode.last.y);
        mode = { kind: "pan", last: at };
        return;
      case "drag":
        if (!mode.moved && Math.hypot(at.x - mode.start.x, at.y - mode.start.y) < CLICK_SLOP)
          return;
        mode = { ...mode, moved: true };
        host.dragBy(mode.ids, at.x - mode.start.x, at.y - mode.start.y);
        return;
      case "press-background":
        if (Math.hypot(at.x - mode.start.x, at.y - mode.start.y) < CLICK_SLOP) return;
        mode = mode.additive ? { kind: "box", start: mode.start } : { kind: "pan", last: at };
        element.classList.toggle("jm-panning", mode.kind === "pan");
        if (mode.kind === "pan") host.pan(at.x - mode.last.x, at.y - mode.last.y);
        return;
      case "box":
        host.box(mode.start, at, false);
        return;
      case "idle":
        return;
    }
  };

  const up = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    const at = local(event);
    const cancelled = event.type === "pointercancel";
    if (mode.kind === "drag" && mode.moved) {
      if (cancelled) host.dragBy(mode.ids, 0, 0);
      else host.drop(mode.ids, at.x - mode.start.x, at.y - mode.start.y);
    } else if (mode.kind === "press-background" && !cancelled) host.clickBackground(mode.additive);
    else if (mode.kind === "box") host.box(mode.start, cancelled ? null : at, true);
    // A pinch ends when either finger lifts; the other does nothing until it lifts too.
    mode = { kind: "idle" };
    element.classList.remove("jm-panning");
  };

  element.addEventListener("pointerdown", down);
  element.addEventListener("pointermove", move);
  element.addEventListener("pointerup", up);
  element.addEventListener("pointercancel", up);
  return () => {
    element.removeEventListener("pointerdown", down);
    element.removeEventListener("pointermove", move);
    element.removeEventListener("pointerup", up);
    element.removeEventListener("pointercancel", up);
  };
}
