import type { BatchOptions, CreatedItem, ItemDraft, ItemRef } from "../../core/board/board-port";
import { firstLineOf, IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { chunkedRun } from "./chunked-run";
import { makeNode } from "./create-node";
import { checkDraftLinks } from "./draft-links";
import { endWrite } from "./end-write";
import type { FigJamSession } from "./figjam-session";
import type { FigmaSceneNode, FigmaSectionNode } from "./figma-api";
import { BOLD, type Font, MEDIUM, REGULAR } from "./font-loader";
import { boardItemOfNode } from "./node-record";
import { pageNodes } from "./owned-nodes";

/**
 * Creates the drafts in order, in chunks that give FigJam its thread back between them (see
 * `chunkedRun`), with progress after each chunk. The fonts the drafts are written in are loaded
 * first. Each draft's node is made and marked before anything else of it (`makeNode`); a
 * draft names its section and its connector's ends by earlier drafts or nodes on the page,
 * all checked before anything is made. A cancel or a failure stops the batch; see `endWrite`.
 */
export async function createItems(
  session: FigJamSession,
  drafts: readonly ItemDraft[],
  options: BatchOptions = {},
): Promise<CreatedItem[]> {
  const onPage = pageNodes(session);
  const sections = checkDraftLinks(drafts, onPage);
  if (drafts.length === 0) return [];
  try {
    await session.fonts.load(fontsFor(drafts));
  } catch (error) {
    throw new IncompleteWriteError(0, drafts.length, firstLineOf(error));
  }
  const made = new Map<string, FigmaSceneNode>();
  const unmarked = new Set<FigmaSceneNode>();
  const idOf = (ref: ItemRef) => ("id" in ref ? ref.id : (made.get(ref.ref)?.id ?? ""));
  const holderOf = (draft: ItemDraft): FigmaSectionNode | null => {
    const ref = draft.parent;
    if (!ref) return null;
    const node = "id" in ref ? sections.get(ref.id) : made.get(ref.ref);
    if (node?.type !== "SECTION") throw new Error(`draft ${draft.ref}: its section is not there`);
    return node;
  };
  const outcome = await chunkedRun(
    drafts,
    async (draft): Promise<CreatedItem> => {
      const links = {
        section: holderOf(draft),
        ends: draft.ends ? { from: idOf(draft.ends.from), to: idOf(draft.ends.to) } : null,
      };
      const node = await makeNode(session, draft, links, unmarked);
      made.set(draft.ref, node);
      return { ref: draft.ref, item: boardItemOfNode(node) };
    },
    session.settings,
    options,
  );
  endWrite(session, outcome, drafts.length, unmarked);
  return outcome.results as CreatedItem[];
}

/** The fonts the drafts' texts are written in: a sticky's and a shape's, a text's, bold. */
function fontsFor(drafts: readonly ItemDraft[]): Font[] {
  const kinds = new Set(drafts.map((draft) => draft.kind));
  return [
    ...(kinds.has("sticky") || kinds.has("card") || kinds.has("shape") ? [MEDIUM] : []),
    ...(kinds.has("text") ? [REGULAR] : []),
    ...(drafts.some((draft) => draft.style?.bold) ? [BOLD] : []),
  ];
}
