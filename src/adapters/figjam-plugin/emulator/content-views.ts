/// <reference types="@figma/plugin-typings/plugin-api" />
import type { FigmaShapeWithTextNode, FigmaStickyNode, FigmaTextNode } from "../figma-api";
import { BoxView } from "./box-view";
import { refusedError } from "./figjam-errors";
import { readFills, writeFills } from "./fills-access";
import { STICKY_SIZE, WIDE_STICKY_SIZE } from "./node-defaults";
import { fitText } from "./text-metrics";
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

/** A text node: its own characters and font, its box fitted to them as `textAutoResize` says. */
export class TextView extends BoxView implements FigmaTextNode {
  readonly type = "TEXT";
  private readonly own: TextSublayerView;

  constructor(ctx: ViewContext, id: string) {
    super(ctx, id);
    this.own = new TextSublayerView(
      ctx,
      id,
      (r) => (r.type === "TEXT" ? r.text : undefined),
      (r) => r.type === "TEXT" && fitText(r),
    );
  }

  get characters(): string {
    return this.own.characters;
  }

  set characters(value: string) {
    this.own.characters = value;
  }

  get fontName(): FontName {
    return this.own.fontName;
  }

  set fontName(value: FontName | PluginAPI["mixed"]) {
    this.own.fontName = value;
  }

  get fontSize(): number {
    return this.ctx.gate.read(() => {
      const record = this.live("get_fontSize");
      return record.type === "TEXT" ? record.fontSize : 0;
    });
  }

  /** Needs the font loaded, as FigJam does for anything that changes how the text renders. */
  set fontSize(value: number | PluginAPI["mixed"]) {
    this.ctx.gate.write("set_fontSize", (change) => {
      const record = this.live("set_fontSize");
      if (record.type !== "TEXT") throw refusedError("set_fontSize", "not a text node");
      if (typeof value !== "number" || !(value >= 1)) {
        throw refusedError("set_fontSize", "Expected a number >= 1");
      }
      this.ctx.fonts.requireLoaded("set_fontSize", record.text.fontName);
      change.touch([record]);
      record.fontSize = value;
      fitText(record);
    });
  }

  get fills(): ReadonlyArray<Paint> {
    return readFills(this.ctx, this.id);
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI["mixed"]) {
    writeFills(this.ctx, this.id, value);
  }

  get textAutoResize(): FigmaTextNode["textAutoResize"] {
    return this.ctx.gate.read(() => {
      const record = this.live("get_textAutoResize");
      return record.type === "TEXT" ? record.textAutoResize : "NONE";
    });
  }

  set textAutoResize(value: FigmaTextNode["textAutoResize"]) {
    this.ctx.gate.write("set_textAutoResize", (change) => {
      const record = this.live("set_textAutoResize");
      if (record.type !== "TEXT") throw refusedError("set_textAutoResize", "not a text node");
      change.touch([record]);
      record.textAutoResize = value;
      fitText(record);
    });
  }

  /** Sets the box; `textAutoResize` stays, and fits the box again at the next change of text. */
  resize(width: number, height: number): void {
    this.resizeBox("resize", width, height);
  }
}
