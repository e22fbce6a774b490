import type { ItemDraft, ItemRef } from "../../core/board/board-port";
import type { MiroFrame } from "./miro-api";
import { isFrame } from "./miro-item-types";
import { lookUp, type MiroSession } from "./miro-session";

/** The frames and items already on the board that a batch's drafts name by id. */
export interface BoardLinks {
  frames: Map<string, MiroFrame>;
}

const refsOf = (draft: ItemDraft): ItemRef[] => [
  ...(draft.parent ? [draft.parent] : []),
  ...(draft.ends ? [draft.ends.from, draft.ends.to] : []),
];

/**
 * Checks a batch before anything of it is written: every ref names a draft earlier in the
 * batch, every connector has ends, and every id a draft names is on the board (a parent as a
 * frame). Throws a plain Error for the first that does not hold; returns the frames named by id.
 */
export async function checkDraftLinks(
  session: MiroSession,
  drafts: readonly ItemDraft[],
): Promise<BoardLinks> {
  const earlier = new Set<string>();
  const ids = new Set<string>();
  const parentIds = new Set<string>();
  for (const draft of drafts) {
    if (draft.kind === "connector" && !draft.ends) {
      throw new Error(`draft ${draft.ref}: a connector needs the items it joins`);
    }
    for (const ref of refsOf(draft)) {
      if ("id" in ref) ids.add(ref.id);
      else if (!earlier.has(ref.ref)) {
        throw new Error(`draft ${draft.ref}: ${ref.ref} is not created first in the batch`);
      }
    }
    if (draft.parent && "id" in draft.parent) parentIds.add(draft.parent.id);
    earlier.add(draft.ref);
  }
  const frames = new Map<string, MiroFrame>();
  for (const id of ids) {
    const found = await lookUp(session, id);
    if (!found) throw new Error(`no item ${id} on the board to hold or join`);
    if (parentIds.has(id)) {
      if (!isFrame(found)) throw new Error(`no frame ${id} on the board to hold a draft`);
      frames.set(id, found);
    }
  }
  return { frames };
}
