/// <reference types="@figma/plugin-typings/plugin-api" />
import { refusedError } from "./figjam-errors";
import { copyOf, liveScene, type ViewContext } from "./view-context";

/** A node's fills, a copy: FigJam hands out arrays the plugin cannot change in place. */
export function readFills(ctx: ViewContext, id: string): ReadonlyArray<Paint> {
  return ctx.gate.read(() => {
    const record = liveScene(ctx, id, "get_fills");
    return "fills" in record ? Object.freeze(copyOf(record.fills)) : [];
  });
}

/** Sets a node's fills, as a whole new array. */
export function writeFills(
  ctx: ViewContext,
  id: string,
  value: ReadonlyArray<Paint> | PluginAPI["mixed"],
): void {
  ctx.gate.write("set_fills", (change) => {
    const record = liveScene(ctx, id, "set_fills");
    if (!("fills" in record)) throw refusedError("set_fills", "this node has no fills");
    if (typeof value === "symbol" || !Array.isArray(value)) {
      throw refusedError("set_fills", "Expected an array of paints");
    }
    change.touch([record]);
    record.fills = copyOf([...value]);
  });
}
