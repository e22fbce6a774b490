import type { BoardItem } from "../../core/board/board-item";
import type { ItemDraft, ItemPatch, ItemRef } from "../../core/board/board-port";
import type { Platform } from "../../core/colour/named-colour";
import { storedFill } from "../../core/colour/stored-fill";

const PLATFORM_TYPE: Record<ItemDraft["kind"], Record<Platform, string>> = {
  sticky: { miro: "sticky_note", figjam: "STICKY" },
  shape: { miro: "shape", figjam: "SHAPE_WITH_TEXT" },
  text: { miro: "text", figjam: "TEXT" },
  frame: { miro: "frame", figjam: "SECTION" },
  card: { miro: "card", figjam: "STICKY" },
  connector: { miro: "connector", figjam: "CONNECTOR" },
};

/** The item after the app's patch; an absent field and one given as undefined alike stay. */
export function patched(item: BoardItem, patch: ItemPatch, platform: Platform): BoardItem {
  const { id: _id, ...given } = patch;
  const changes = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as Omit<ItemPatch, "id">;
  const fill =
    "fill" in changes ? { fill: storedFill(changes.fill ?? null, item.kind, platform) } : {};
  return { ...item, ...changes, ...fill };
}

/** Where a created item goes: its board id, its container and, for a connector, its ends. */
export interface DraftPlacement {
  id: string;
  platform: Platform;
  parentId: string | null;
  ends: { from: string; to: string } | null;
}

/** The item a platform would hold after creating the draft, marked as the app's. */
export function itemFromDraft(draft: ItemDraft, placement: DraftPlacement): BoardItem {
  const { id, platform, parentId, ends } = placement;
  return {
    id,
    kind: draft.kind,
    platformType: PLATFORM_TYPE[draft.kind][platform],
    text: draft.text,
    fill: storedFill(draft.fill, draft.kind, platform),
    x: draft.x,
    y: draft.y,
    width: draft.width,
    height: draft.height,
    rotation: 0,
    parentId,
    mark: { ...draft.mark },
    ...(draft.style ? { style: { ...draft.style } } : {}),
    ...(draft.kind === "card" ? { due: draft.due ?? null, status: draft.status ?? "to-do" } : {}),
    ...(ends ? { ends } : {}),
  };
}

/** An item a draft refers to: one on the board, or one created earlier in the batch. */
function idOf(
  ref: ItemRef,
  idsByRef: ReadonlyMap<string, string>,
  items: ReadonlyMap<string, BoardItem>,
): string {
  const id = "id" in ref ? ref.id : idsByRef.get(ref.ref);
  if (id === undefined || !items.has(id)) {
    throw new Error(`no item ${"id" in ref ? ref.id : ref.ref} on the board to connect`);
  }
  return id;
}

function parentIdOf(
  draft: ItemDraft,
  idsByRef: ReadonlyMap<string, string>,
  items: ReadonlyMap<string, BoardItem>,
): string | null {
  if (draft.parent === null) return null;
  if ("id" in draft.parent) {
    if (items.get(draft.parent.id)?.kind !== "frame") {
      throw new Error(`draft ${draft.ref}: no frame ${draft.parent.id} on the board to hold it`);
    }
    return draft.parent.id;
  }
  const id = idsByRef.get(draft.parent.ref);
  if (!id)
    throw new Error(`draft ${draft.ref}: container ${draft.parent.ref} is not created first`);
  return id;
}

/**
 * The container and connector ends a draft names, as board ids; `idsByRef` holds the drafts
 * created earlier in the batch. Throws when one is not on the board.
 */
export function linksOf(
  draft: ItemDraft,
  idsByRef: ReadonlyMap<string, string>,
  items: ReadonlyMap<string, BoardItem>,
): Pick<DraftPlacement, "parentId" | "ends"> {
  const parentId = parentIdOf(draft, idsByRef, items);
  if (!draft.ends) return { parentId, ends: null };
  const { from, to } = draft.ends;
  return { parentId, ends: { from: idOf(from, idsByRef, items), to: idOf(to, idsByRef, items) } };
}
