/// <reference types="@figma/plugin-typings/plugin-api" />
import type { FigmaTextNode } from "../figma-api";
import { BoxView } from "./box-view";
import { refusedError } from "./figjam-errors";
import { readFills, writeFills } from "./fills-access";
import { fitText } from "./text-metrics";
import { TextSublayerView } from "./text-sublayer";
import type { ViewContext } from "./view-context";

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
