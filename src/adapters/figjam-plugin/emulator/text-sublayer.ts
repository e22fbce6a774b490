/// <reference types="@figma/plugin-typings/plugin-api" />
import type { FigmaTableCell, FigmaTextSublayer } from "../figma-api";
import { refusedError } from "./figjam-errors";
import type { SceneRecord, TextRecord } from "./figjam-record";
import { copyOf, liveScene, type ViewContext } from "./view-context";

/** Finds a view's text in its node's record; undefined when the node has no such text. */
export type TextLocator = (record: SceneRecord) => TextRecord | undefined;

/**
 * The text of a sticky, a shape or a table cell (or, shared, a text node's own). Writing it needs
 * its font loaded first, as FigJam requires; reading never does.
 */
export class TextSublayerView implements FigmaTextSublayer {
  constructor(
    private readonly ctx: ViewContext,
    private readonly ownerId: string,
    private readonly locate: TextLocator,
    /** Runs after the text changed (a text node fits its box to it). */
    private readonly after?: (record: SceneRecord) => void,
  ) {}

  private text(call: string): { record: SceneRecord; text: TextRecord } {
    const record = liveScene(this.ctx, this.ownerId, call);
    const text = this.locate(record);
    if (!text) throw refusedError(call, `The node with id "${this.ownerId}" has no such text`);
    return { record, text };
  }

  get characters(): string {
    return this.ctx.gate.read(() => this.text("get_characters").text.characters);
  }

  set characters(value: string) {
    this.ctx.gate.write("set_characters", (change) => {
      const { record, text } = this.text("set_characters");
      if (typeof value !== "string") throw refusedError("set_characters", "Expected a string");
      this.ctx.fonts.requireLoaded("set_characters", text.fontName);
      if (text.characters === value) return change.cost(1);
      change.touch([record]);
      text.characters = value;
      this.after?.(record);
    });
  }

  get fontName(): FontName {
    return this.ctx.gate.read(() => copyOf(this.text("get_fontName").text.fontName));
  }

  set fontName(value: FontName | PluginAPI["mixed"]) {
    this.ctx.gate.write("set_fontName", (change) => {
      const { record, text } = this.text("set_fontName");
      if (typeof value === "symbol") throw refusedError("set_fontName", "Expected a FontName");
      this.ctx.fonts.requireLoaded("set_fontName", value);
      change.touch([record]);
      text.fontName = { family: value.family, style: value.style };
      this.after?.(record);
    });
  }

  /** The emulated document has every font it uses. */
  get hasMissingFont(): boolean {
    return this.ctx.gate.read(() => {
      this.text("get_hasMissingFont");
      return false;
    });
  }
}

/** A table cell: its place in the table and its text; no id, no plugin data. */
export class TableCellView implements FigmaTableCell {
  readonly text: TextSublayerView;

  constructor(
    ctx: ViewContext,
    tableId: string,
    readonly rowIndex: number,
    readonly columnIndex: number,
  ) {
    this.text = new TextSublayerView(ctx, tableId, (record) =>
      record.type === "TABLE" ? record.cells[rowIndex]?.[columnIndex] : undefined,
    );
  }
}
