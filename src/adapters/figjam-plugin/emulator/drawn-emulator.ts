import { DrawnEmulation } from "../../../board-view/drawn-emulation";
import type { BoardItem } from "../../../core/board/board-item";
import { boardItemOfNode, READ_TYPES } from "../node-record";
import { tableCells } from "../table-cells";
import type { FigJamEmulator } from "./figjam-emulator";

const DRAWN = new Set<string>(READ_TYPES);

/** The emulated file's nodes read as the adapter reads them (marks from plugin data), untimed. */
function itemsOf(emulator: FigJamEmulator): BoardItem[] {
  return emulator
    .nodes()
    .filter((node) => DRAWN.has(node.type))
    .flatMap((node) => {
      const item = boardItemOfNode(node);
      return node.type === "TABLE" ? [item, ...tableCells(node)] : [item];
    });
}

/**
 * The emulated FigJam file as the playground draws it, through the adapter's own reader;
 * people's moves, edits, deletes and selections go to the emulator as theirs.
 */
export function drawnFigJamEmulator(emulator: FigJamEmulator): DrawnEmulation {
  return new DrawnEmulation({
    platform: "figjam",
    items: () => itemsOf(emulator),
    get lastView() {
      return emulator.lastView;
    },
    get selection() {
      return emulator.selection;
    },
    select: (ids) => emulator.select(ids),
    move: (id, x, y) => emulator.moveNode(id, x, y),
    editText: (id, text) => emulator.editText(id, text),
    remove: (id) => emulator.removeNode(id),
    onChange: (listener) => emulator.onChange(listener),
  });
}
