import type { ItemDraft, ItemRef } from "../../core/board/board-port";
import type { FigmaSceneNode, FigmaSectionNode } from "./figma-api";

const refsOf = (draft: ItemDraft): ItemRef[] => [
  ...(draft.parent ? [draft.parent] : []),
  ...(draft.ends ? [draft.ends.from, draft.ends.to] : []),
];

/**
 * Checks a batch before anything of it is written: every ref names a draft earlier in the
 * batch, every connector has ends, and every id a draft names is on the page (a parent as a
 * section). Throws a plain Error for the first that does not hold; returns the sections named by
 * id.
 */
export function checkDraftLinks(
  drafts: readonly ItemDraft[],
  onPage: ReadonlyMap<string, FigmaSceneNode>,
): Map<string, FigmaSectionNode> {
  const earlier = new Set<string>();
  const sections = new Map<string, FigmaSectionNode>();
  for (const draft of drafts) {
    if (draft.kind === "connector" && !draft.ends) {
      throw new Error(`draft ${draft.ref}: a connector needs the items it joins`);
    }
    for (const ref of refsOf(draft)) {
      if ("ref" in ref) {
        if (!earlier.has(ref.ref)) {
          throw new Error(`draft ${draft.ref}: ${ref.ref} is not created first in the batch`);
        }
      } else if (!onPage.has(ref.id)) {
        throw new Error(`no item ${ref.id} on the board to hold or join`);
      }
    }
    if (draft.parent && "id" in draft.parent) {
      const parent = onPage.get(draft.parent.id);
      if (parent?.type !== "SECTION") {
        throw new Error(`no section ${draft.parent.id} on the board to hold a draft`);
      }
      sections.set(parent.id, parent);
    }
    earlier.add(draft.ref);
  }
  return sections;
}
