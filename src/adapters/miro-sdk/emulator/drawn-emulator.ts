import { DrawnEmulation } from "../../../board-view/drawn-emulation";
import { readMark } from "../../../core/board/app-items/read-mark";
import type { BoardItem } from "../../../core/board/board-item";
import { boardItemOf } from "../board-item-of-view";
import { isBoardItem, isTag } from "../miro-item-types";
import type { MiroEmulator } from "./miro-emulator";

/** The emulated board's items read as the adapter reads them (marks from metadata), unmetered. */
function itemsOf(emulator: MiroEmulator): BoardItem[] {
  const entries = emulator.views();
  const tags = new Map(
    entries.flatMap(({ view }) => (isTag(view) ? [[view.id, view.title] as const] : [])),
  );
  return entries.flatMap(({ record, view }) => {
    if (!isBoardItem(view) || !("x" in record)) return [];
    return [
      boardItemOf(view, {
        centre: { x: record.x, y: record.y },
        mark: readMark(record.metadata.mark),
        tagTitle: (tagId) => tags.get(tagId),
      }),
    ];
  });
}

/**
 * The emulated Miro board as the playground draws it, through the adapter's own reader; people's
 * moves, edits, deletes and selections go to the emulator as theirs.
 */
export function drawnMiroEmulator(emulator: MiroEmulator): DrawnEmulation {
  return new DrawnEmulation({
    platform: "miro",
    items: () => itemsOf(emulator),
    get lastView() {
      return emulator.lastView;
    },
    get selection() {
      return emulator.selection;
    },
    select: (ids) => emulator.select(ids),
    move: (id, x, y) => emulator.moveItem(id, x, y),
    editText: (id, text) => emulator.editText(id, text),
    remove: (id) => emulator.removeItem(id),
    onChange: (listener) => emulator.onChange(listener),
  });
}
