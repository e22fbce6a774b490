/// <reference types="@figma/plugin-typings/plugin-api" />
import type { FigmaShapeWithTextNode, FigmaStickyNode } from "../figma-api";
import { BoxView } from "./box-view";
import { refusedError } from "./figjam-errors";
import { readFills, writeFills } from "./fills-access";
import { STICKY_SIZE, WIDE_STICKY_SIZE } from "./node-defaults";
import { TextSublayerView } from "./text-sublayer";
import type { ViewContext } from "./view-context";

/** A sticky: its size is FigJam's to set (square, or wide with `isWideWidth`). */
export class StickyView extends BoxView implements FigmaStickyNode {
  readonly type = "STICKY";
  readonly text: TextSublayerView;

  constructor(ctx: ViewContext, id: string) {
    super(ctx, id);
    this.text = new TextSublayerView(ctx, id, (r) => (r.type === "STICKY" ? r.text : undefined));
  }

  get fills(): ReadonlyArray<Paint> {
    return readFills(this.ctx, this.id);
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI["mixed"]) {
    writeFills(this.ctx, this.id, value);
  }

  get isWideWidth(): boolean {
    return this.ctx.gate.read(() => {
      const record = this.live("get_isWideWidth");
      return record.type === "STICKY" && record.isWideWidth;
    });
  }

  /** Widens or narrows the sticky about its top-left corner. */
  set isWideWidth(value: boolean) {
    this.ctx.gate.write("set_isWideWidth", (change) => {
      const record = this.live("set_isWideWidth");
      if (record.type !== "STICKY") throw refusedError("set_isWideWidth", "not a sticky");
      if (record.isWideWidth === value) return change.cost(1);
      change.touch([record]);
      record.isWideWidth = value;
      Object.assign(record, value ? WIDE_STICKY_SIZE : STICKY_SIZE);
    });
  }
}

/** A shape with text. */
export class ShapeView extends BoxView implements FigmaShapeWithTextNode {
  readonly type = "SHAPE_WITH_TEXT";
  readonly text: TextSublayerView;

  constructor(ctx: ViewContext, id: string) {
    super(ctx, id);
    this.text = new TextSublayerView(ctx, id, (r) =>
      r.type === "SHAPE_WITH_TEXT" ? r.text : undefined,
    );
  }

  get fills(): ReadonlyArray<Paint> {
    return readFills(this.ctx, this.id);
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI["mixed"]) {
    writeFills(this.ctx, this.id, value);
  }

  get shapeType(): FigmaShapeWithTextNode["shapeType"] {
    return this.ctx.gate.read(() => {
      const record = this.live("get_shapeType");
      return record.type === "SHAPE_WITH_TEXT" ? record.shapeType : "SQUARE";
    });
  }

  set shapeType(value: FigmaShapeWithTextNode["shapeType"]) {
    this.ctx.gate.write("set_shapeType", (change) => {
      const record = this.live("set_shapeType");
      if (record.type !== "SHAPE_WITH_TEXT") throw refusedError("set_shapeType", "not a shape");
      change.touch([record]);
      record.shapeType = value;
    });
  }

  resize(width: number, height: number): void {
    this.resizeBox("resize", width, height);
  }
}
