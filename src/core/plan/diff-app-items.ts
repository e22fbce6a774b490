import type { Part, WrittenPart } from "../board/app-items/parts";
import type { BoardItem } from "../board/board-item";
import type { ItemDraft, ItemPatch, ItemRef } from "../board/board-port";
import { bandHolds } from "../model/band";
import { itemPatch, needsRemaking } from "./item-patch";
import type { PlanItem } from "./plan-item";
import { type DraftOptions, planToDrafts } from "./plan-to-drafts";

/** The items one part of the app's work wants on the board. */
export interface PlannedPart {
  part: WrittenPart;
  items: readonly PlanItem[];
}

/** What to change on the board: only ever the app's own items. */
export interface ItemChanges {
  create: ItemDraft[];
  update: ItemPatch[];
  remove: string[];
}

interface Wanted {
  part: WrittenPart;
  draft: ItemDraft;
  column: PlanItem["column"];
}

const ZERO = { dx: 0, dy: 0 };

/**
 * What to change so the board holds the planned parts of one group (a template or a
 * write-back), and nothing else of them. Pure. Only the group's items of the planned parts are
 * looked at: other parts, other groups, `unknown` marks and users' items are left alone.
 *
 * - A missing item is created (a re-run after a cancel, or after a user deleted it); one whose
 *   container or connector ends are not those of the plan any more is made again.
 * - An item on the board is brought up to date: text, colour, size, due date.
 * - Places: a user's move is respected. A free-standing item stays where the user put it, except
 *   a stage-bound one found outside its stage's column, which goes back under its stage. What
 *   sits in one of the app's containers is laid out by the app: it follows the container
 *   wherever the user put it, and takes its place in it again.
 * - The group's items of these parts that the plan no longer wants go, and so do second copies
 *   of an item (a user's copy of it keeps its mark); a container holding users' items stays.
 */
export function diffAppItems(
  desired: readonly PlannedPart[],
  board: readonly BoardItem[],
  options: Omit<DraftOptions, "part">,
): ItemChanges {
  const parts = new Set<Part>(desired.map((planned) => planned.part));
  const existing = new Map<Part, Map<string, BoardItem>>();
  const copies: BoardItem[] = [];
  for (const item of board) {
    const mark = item.mark;
    if (!mark || mark.groupId !== options.groupId || !parts.has(mark.part)) continue;
    const byKey = existing.get(mark.part) ?? new Map<string, BoardItem>();
    existing.set(mark.part, byKey);
    if (byKey.has(mark.key)) copies.push(item);
    else byKey.set(mark.key, item);
  }
  const wanted: Wanted[] = desired.flatMap(({ part, items }) =>
    planToDrafts(items, { ...options, part }).map((draft, index) => ({
      part,
      draft,
      column: items[index]?.column,
    })),
  );
  const drafts = new Map<Part, Map<string, ItemDraft>>();
  for (const { part, draft } of wanted) {
    const byRef = drafts.get(part) ?? new Map<string, ItemDraft>();
    drafts.set(part, byRef.set(draft.ref, draft));
  }
  const onBoard = (part: Part, ref: string) => existing.get(part)?.get(ref);
  const idOf = (part: Part, ref: ItemRef | null | undefined) =>
    ref && "ref" in ref ? onBoard(part, ref.ref)?.id : undefined;
  const resolve = (part: Part, ref: ItemRef): ItemRef => {
    const id = idOf(part, ref);
    return id === undefined ? ref : { id };
  };
  /** How far the user moved a container of the plan from where the plan puts it. */
  const shiftOf = (part: Part, ref: ItemRef | null) => {
    if (!ref || !("ref" in ref)) return ZERO;
    const container = onBoard(part, ref.ref);
    const planned = drafts.get(part)?.get(ref.ref);
    if (!container || !planned) return ZERO;
    return {
      dx: container.x - container.width / 2 - (planned.x - planned.width / 2),
      dy: container.y - container.height / 2 - (planned.y - planned.height / 2),
    };
  };
  /**
   * Whether an item on the board sits in another container, or joins other items, than planned.
   * One whose container is gone is made again in the new one, not left beside it.
   */
  const misplaced = (part: Part, item: BoardItem, draft: ItemDraft) => {
    if (draft.parent && item.parentId !== idOf(part, draft.parent)) return true;
    if (!draft.ends || !item.ends) return false;
    return (
      item.ends.from !== idOf(part, draft.ends.from) || item.ends.to !== idOf(part, draft.ends.to)
    );
  };

  const changes: ItemChanges = { create: [], update: [], remove: [] };
  const kept = new Set<BoardItem>();
  // Containers first, so what sits in them can name them; connectors last, after their ends.
  const order = (w: Wanted) =>
    w.draft.kind === "frame" ? 0 : w.draft.kind === "connector" ? 2 : 1;
  for (const { part, draft, column } of [...wanted].sort((a, b) => order(a) - order(b))) {
    const shift = shiftOf(part, draft.parent);
    const at = { x: draft.x + shift.dx, y: draft.y + shift.dy };
    const item = onBoard(part, draft.ref);
    const left = options.origin?.x ?? 0;
    const outOfColumn =
      item !== undefined &&
      column !== undefined &&
      !bandHolds({ start: left + column.start, end: left + column.end }, item.x);
    const target = draft.parent || outOfColumn ? at : null;
    let place = at;
    if (item && needsRemaking(item, draft, options.platform)) {
      // Made anew where it would have been moved to: the old one goes, and what names it (a
      // connector's end) is made again with it.
      const patch = itemPatch(item, draft, target, options.platform);
      place = { x: patch?.x ?? item.x, y: patch?.y ?? item.y };
      existing.get(part)?.delete(draft.ref);
      copies.push(item);
    } else if (item && !misplaced(part, item, draft)) {
      kept.add(item);
      const patch = itemPatch(item, draft, target, options.platform);
      if (patch) changes.update.push(patch);
      continue;
    }
    changes.create.push({
      ...draft,
      ...place,
      parent: draft.parent && resolve(part, draft.parent),
      ...(draft.ends
        ? { ends: { from: resolve(part, draft.ends.from), to: resolve(part, draft.ends.to) } }
        : {}),
    });
  }

  const stale = [...existing.values()]
    .flatMap((byKey) => [...byKey.values()])
    .filter((item) => !kept.has(item))
    .concat(copies)
    .filter((item) => !holdsUsersItems(item, board));
  const removeOrder = (item: BoardItem) =>
    item.kind === "connector" ? 0 : item.kind === "frame" ? 2 : 1;
  changes.remove = stale.sort((a, b) => removeOrder(a) - removeOrder(b)).map((item) => item.id);
  return changes;
}

/** Whether a container holds items that are not the app's, at any depth: it is not removed. */
function holdsUsersItems(container: BoardItem, board: readonly BoardItem[]): boolean {
  if (container.kind !== "frame") return false;
  const parentOf = new Map(board.map((item) => [item.id, item.parentId]));
  return board.some((item) => {
    if (item.mark !== null) return false;
    const seen = new Set<string>();
    for (let at = item.parentId; at !== null && !seen.has(at); ) {
      if (at === container.id) return true;
      seen.add(at);
      at = parentOf.get(at) ?? null;
    }
    return false;
  });
}
