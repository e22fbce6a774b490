import type { BoardItem } from "../../core/board/board-item";
import type { BatchOptions, CancelSignal, ItemPatch } from "../../core/board/board-port";
import { applyPatch } from "./apply-patch";
import { boardCentres } from "./board-centres";
import { boardItemOf } from "./board-item-of-view";
import { endWrite } from "./end-write";
import { framedPatch, frameMoves } from "./frame-moves";
import { isFrame, isPlaced, type MiroBoardItem } from "./miro-item-types";
import { lookUp, type MiroSession } from "./miro-session";
import { orderedPool, type PoolOutcome } from "./ordered-pool";
import { ownedViews } from "./owned-views";

/**
 * Changes the app's own items: all of them checked first (`ownedViews`), then each patched on
 * its view and synced, one call per item that changes, `concurrency` at a time, in order but
 * for frames that shrink, which go last. Returns the items as they now are, in board
 * coordinates, in the order of the patches.
 */
export async function updateItems(
  session: MiroSession,
  patches: readonly ItemPatch[],
  options: BatchOptions = {},
): Promise<BoardItem[]> {
  const views = await ownedViews(
    session,
    patches.map((patch) => patch.id),
  );
  const centres = await boardCentres([...views.values()], (id) => lookUp(session, id));
  const offsets = new Map(
    [...views.values()].map((view) => {
      const centre = centres.get(view.id) ?? { x: 0, y: 0 };
      const own = isPlaced(view) ? view : { x: 0, y: 0 };
      return [view.id, { x: centre.x - own.x, y: centre.y - own.y }];
    }),
  );
  const signal = options.signal;
  const moves = await frameMoves(session, patches, views);
  const send = async (view: MiroBoardItem, change: () => void, stop: CancelSignal) => {
    const before = JSON.stringify(view);
    change();
    // A patch of what Miro decides itself (a card's or a text's height) changes no field:
    // there is nothing to send.
    if (JSON.stringify(view) !== before) await session.runner.run(() => view.sync(), stop);
  };
  const update = async (patch: ItemPatch, stop: CancelSignal): Promise<BoardItem> => {
    const view = views.get(patch.id);
    const offset = offsets.get(patch.id) ?? { x: 0, y: 0 };
    if (!view) throw new Error(`no item ${patch.id} on the board`);
    const { sent, by, undone } = framedPatch(moves, patch);
    await send(
      view,
      () => {
        applyPatch(view, sent, offset);
        shift(view, by);
      },
      stop,
    );
    const centre = isPlaced(view)
      ? { x: view.x + offset.x - undone.x, y: view.y + offset.y - undone.y }
      : offset;
    const mark = session.marks.known(view.id) ?? null;
    return boardItemOf(view, { centre, mark, tagTitle: () => undefined });
  };
  // What sits in a moving or anchored frame and has no change of its own still goes first.
  const patched = new Set(patches.map((patch) => patch.id));
  const counters = [...moves.counter, ...moves.follow].filter(([id]) => !patched.has(id));
  // Miro will not shrink a frame past what it holds, and moves what it holds with it: a frame
  // that shrinks or moves goes once everything else has.
  const last = (patch: ItemPatch) => {
    const view = views.get(patch.id);
    if (!view || !isFrame(view)) return false;
    const smaller =
      (patch.width ?? view.width) < view.width || (patch.height ?? view.height) < view.height;
    return smaller || moves.movers.has(view.id);
  };
  const order = [...patches.keys()];
  const phases = [
    order.filter((at) => !last(patches[at] as ItemPatch)),
    order.filter((at) => last(patches[at] as ItemPatch)),
  ];
  const results: (BoardItem | undefined)[] = [];
  let outcome: PoolOutcome<unknown> = {
    results: [],
    done: 0,
    failed: false,
    failure: null,
    cancelled: false,
  };
  for (const [phase, part] of phases.entries()) {
    if (outcome.failed || outcome.cancelled) break;
    if (phase === 1 && counters.length > 0) {
      const shifted = await orderedPool(
        counters,
        async ([id, counter], _, stop) => {
          const view = session.views.get(id);
          if (view) await send(view, () => shift(view, counter), stop);
        },
        { concurrency: session.settings.concurrency, ...(signal ? { signal } : {}) },
      );
      if (shifted.failed || shifted.cancelled) {
        outcome = { ...shifted, done: outcome.done };
        break;
      }
    }
    const before = outcome.done;
    const run = await orderedPool(part, (at, _, stop) => update(patches[at] as ItemPatch, stop), {
      concurrency: session.settings.concurrency,
      ...(signal ? { signal } : {}),
      onDone: (done) => options.onProgress?.({ done: before + done, total: patches.length }),
    });
    run.results.forEach((item, index) => {
      results[part[index] as number] = item;
    });
    outcome = { ...run, done: before + run.done };
  }
  await endWrite(session, outcome, patches.length);
  return results.filter((item): item is BoardItem => item !== undefined);
}

/** Moves a placed view by `by` (frame-relative or board units alike). */
function shift(view: MiroBoardItem, by: { x: number; y: number }): void {
  if (!isPlaced(view) || (by.x === 0 && by.y === 0)) return;
  view.x += by.x;
  view.y += by.y;
}
