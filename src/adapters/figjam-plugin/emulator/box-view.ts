/// <reference types="@figma/plugin-typings/plugin-api" />
import { refusedError } from "./figjam-errors";
import { absoluteBox, relativeBox } from "./node-geometry";
import { moveBy } from "./node-moves";
import { NodeView } from "./node-view";

/**
 * A scene node's view with its place and size: `x`/`y` relative to its container (the page, a
 * section or a frame; groups skipped), `absoluteBoundingBox` on the page.
 */
export abstract class BoxView extends NodeView {
  private box(call: string): Rect {
    return relativeBox(this.ctx.store, this.live(call));
  }

  get x(): number {
    return this.ctx.gate.read(() => this.box("get_x").x);
  }

  set x(value: number) {
    this.moveAxis("set_x", "x", value);
  }

  get y(): number {
    return this.ctx.gate.read(() => this.box("get_y").y);
  }

  set y(value: number) {
    this.moveAxis("set_y", "y", value);
  }

  get width(): number {
    return this.ctx.gate.read(() => this.box("get_width").width);
  }

  get height(): number {
    return this.ctx.gate.read(() => this.box("get_height").height);
  }

  get absoluteBoundingBox(): Rect | null {
    return this.ctx.gate.read(() =>
      absoluteBox(this.ctx.store, this.live("get_absoluteBoundingBox")),
    );
  }

  /** Moves the node in its container; what it holds goes along (its coordinates are its own). */
  private moveAxis(call: string, axis: "x" | "y", value: number): void {
    this.ctx.gate.write(call, (change) => {
      const record = this.live(call);
      if (!Number.isFinite(value)) throw refusedError(call, "Expected a finite number");
      const delta = value - relativeBox(this.ctx.store, record)[axis];
      if (delta === 0) return change.cost(1);
      change.touch([record, ...this.ctx.store.descendants(record.id)]);
      moveBy(this.ctx.store, record, axis === "x" ? delta : 0, axis === "y" ? delta : 0);
    });
  }

  /** Resizes a node with a stored box, its top-left corner kept, as `resize` does. */
  protected resizeBox(call: string, width: number, height: number, after?: () => void): void {
    this.ctx.gate.write(call, (change) => {
      const record = this.live(call);
      if (!("width" in record)) throw refusedError(call, "this node cannot be resized");
      if (!(width >= 0.01 && height >= 0.01)) {
        throw refusedError(call, "width and height must be >= 0.01");
      }
      change.touch([record]);
      record.width = width;
      record.height = height;
      after?.();
    });
  }
}
