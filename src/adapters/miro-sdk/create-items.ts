import type { AppMark } from "../../core/board/app-items/app-mark";
import type { BoardItem } from "../../core/board/board-item";
import type {
  BatchOptions,
  CancelSignal,
  CreatedItem,
  ItemDraft,
  ItemRef,
} from "../../core/board/board-port";
import { boardItemOf } from "./board-item-of-view";
import { createRequest, sendCreate } from "./create-request";
import { checkDraftLinks } from "./draft-links";
import { endWrite } from "./end-write";
import { MARK_KEY } from "./mark-cache";
import type { MiroFrame } from "./miro-api";
import { isFrame, isPlaced, type MiroBoardItem } from "./miro-item-types";
import type { MiroSession } from "./miro-session";
import { orderedPool } from "./ordered-pool";

/** A draft created: its board id, and its view if it is a frame that others go into. */
interface Made {
  id: string;
  frame: MiroFrame | null;
}

/**
 * Creates the drafts, `concurrency` calls in flight, each with its own calls in this order:
 * create, mark (`setMetadata`), then into its frame (`frame.add`) when it has one, so anything
 * created is marked before anything else happens to it. A draft waits for the drafts it names
 * (its frame, its connector's ends). Created at its board centre, an item stays there when it
 * goes into its frame. A cancel or a failure starts nothing more, and stops the waits of the
 * calls under way; see `endWrite`.
 */
export async function createItems(
  session: MiroSession,
  drafts: readonly ItemDraft[],
  options: BatchOptions = {},
): Promise<CreatedItem[]> {
  const { frames } = await checkDraftLinks(session, drafts);
  const made = new Map<string, Promise<Made>>();
  const unmarked = new Set<MiroBoardItem>();
  const { runner, api } = session;
  const signal = options.signal;
  const settle = new Map<string, { resolve: (m: Made) => void; reject: (e: unknown) => void }>();
  for (const draft of drafts) {
    const promise = new Promise<Made>((resolve, reject) => {
      settle.set(draft.ref, { resolve, reject });
    });
    // A draft nobody waits for must not make its failure an unhandled rejection.
    promise.catch(() => {});
    made.set(draft.ref, promise);
  }
  const idOf = async (ref: ItemRef) =>
    "id" in ref ? ref.id : (await (made.get(ref.ref) as Promise<Made>)).id;

  const create = async (draft: ItemDraft, stop: CancelSignal): Promise<CreatedItem> => {
    const frame = draft.parent
      ? "id" in draft.parent
        ? (frames.get(draft.parent.id) ?? null)
        : (await (made.get(draft.parent.ref) as Promise<Made>)).frame
      : null;
    const ends = draft.ends
      ? { from: await idOf(draft.ends.from), to: await idOf(draft.ends.to) }
      : null;
    const request = createRequest(draft, ends);
    const view = await runner.run(() => sendCreate(api, request), stop);
    // Read before it goes into a frame: its x and y are still board coordinates.
    const item = itemOf(view, draft.mark);
    unmarked.add(view);
    await runner.run(() => view.setMetadata(MARK_KEY, { ...draft.mark }), stop);
    unmarked.delete(view);
    session.marks.remember(view.id, draft.mark);
    if (frame) {
      await runner.run(() => frame.add(view), stop);
      item.parentId = frame.id;
    } else {
      // A framed item's view may not know its frame yet; a later write fetches it afresh.
      session.views.set(view.id, view);
    }
    settle.get(draft.ref)?.resolve({ id: view.id, frame: isFrame(view) ? view : null });
    return { ref: draft.ref, item };
  };

  const outcome = await orderedPool(
    drafts,
    (draft, _, stop) =>
      create(draft, stop).catch((error: unknown) => {
        settle.get(draft.ref)?.reject(error);
        throw error;
      }),
    {
      concurrency: session.settings.concurrency,
      ...(signal ? { signal } : {}),
      onDone: (done) => options.onProgress?.({ done, total: drafts.length }),
    },
  );
  await endWrite(session, outcome, drafts.length, unmarked);
  return outcome.results.filter((result): result is CreatedItem => result !== undefined);
}

function itemOf(view: MiroBoardItem, mark: AppMark): BoardItem {
  const centre = isPlaced(view) ? { x: view.x, y: view.y } : { x: 0, y: 0 };
  return boardItemOf(view, { centre, mark: { ...mark }, tagTitle: () => undefined });
}
