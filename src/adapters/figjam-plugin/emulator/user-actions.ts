import type { BoardState } from "./board-state";
import type { SceneRecord } from "./figjam-record";
import { absoluteBox, containerOf, originOf } from "./node-geometry";
import { moveBy, removalPlan, removeByPlan } from "./node-moves";
import { fitText } from "./text-metrics";

function liveOrThrow(state: BoardState, id: string): SceneRecord {
  const record = state.store.scene(id);
  if (!record) throw new Error(`No node ${id} on the page`);
  return record;
}

/** The smallest section holding a point on the page, other than the node and what it holds. */
function sectionUnder(state: BoardState, record: SceneRecord, x: number, y: number) {
  const inside = new Set([record.id, ...state.store.descendants(record.id).map((d) => d.id)]);
  const sections = state.store.all().flatMap((section) => {
    if (section.type !== "SECTION" || inside.has(section.id)) return [];
    const box = absoluteBox(state.store, section);
    const holds = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
    return holds ? [{ section, area: box.width * box.height }] : [];
  });
  return sections.sort((a, b) => a.area - b.area)[0]?.section;
}

/**
 * A person drags a node so its centre lands at (x, y) on the page. What it holds goes along. A
 * node that is not a section, nor in a group, lands in the smallest section under its centre, or
 * on the page, as FigJam does on a drop; it stays where it was dropped.
 */
export function moveNode(state: BoardState, id: string, x: number, y: number): void {
  const { store } = state;
  const record = liveOrThrow(state, id);
  const box = absoluteBox(store, record);
  moveBy(store, record, x - (box.x + box.width / 2), y - (box.y + box.height / 2));
  const parent = store.get(record.parentId);
  if (record.type !== "SECTION" && parent?.type !== "GROUP" && "x" in record) {
    const target = sectionUnder(state, record, x, y)?.id ?? store.page.id;
    if (target !== record.parentId) {
      const corner = absoluteBox(store, record);
      store.setParent(record, target);
      const origin = originOf(store, containerOf(store, record));
      record.x = corner.x - origin.x;
      record.y = corner.y - origin.y;
    }
  }
  state.changed();
}

/** A person rewrites a node's text: a sticky's, a shape's, a text's, a section's name, a table's cells (tab-separated rows). */
export function editText(state: BoardState, id: string, text: string): void {
  const record = liveOrThrow(state, id);
  switch (record.type) {
    case "STICKY":
    case "SHAPE_WITH_TEXT":
      record.text.characters = text;
      break;
    case "TEXT":
      record.text.characters = text;
      fitText(record);
      break;
    case "SECTION":
      record.name = text;
      break;
    case "TABLE":
      text.split("\n").forEach((row, r) => {
        row.split("\t").forEach((cell, c) => {
          const target = record.cells[r]?.[c];
          if (target) target.characters = cell;
        });
      });
      break;
    default:
      throw new Error(`Node ${id} has no text to edit`);
  }
  state.changed();
}

/** A person deletes a node: what it holds goes too, a connector on it stays with a loose end. */
export function removeNode(state: BoardState, id: string): void {
  const plan = removalPlan(state.store, liveOrThrow(state, id));
  removeByPlan(state.store, plan);
  const gone = new Set(plan.gone.map((node) => node.id));
  state.selection = state.selection.filter((selected) => !gone.has(selected));
  state.changed();
}

/** A person selects nodes; `selectionchange` handlers hear of it after the current task. */
export function selectNodes(state: BoardState, ids: readonly string[]): void {
  state.selection = ids.filter((id) => state.store.scene(id) !== undefined);
  state.selectionChanged();
}
