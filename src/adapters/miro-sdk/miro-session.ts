import type { CancelSignal } from "../../core/board/board-port";
import { callErrorKind } from "./call-error";
import type { CallRunner } from "./call-runner";
import type { MarkCache } from "./mark-cache";
import type { MiroBoardApi, MiroItem } from "./miro-api";
import { isBoardItem, type MiroBoardItem } from "./miro-item-types";
import type { MiroSdkSettings } from "./miro-sdk-options";
import { orderedPool } from "./ordered-pool";

/** What the adapter's reads and writes share for as long as the panel is open. */
export interface MiroSession {
  api: MiroBoardApi;
  runner: CallRunner;
  marks: MarkCache;
  /**
   * The item views of the latest read and of the items created since, by id: a write changes
   * the view it finds here instead of fetching it again.
   */
  views: Map<string, MiroBoardItem>;
  settings: MiroSdkSettings;
}

/** An item by id: its view from the session, else from the board; null when it is not there. */
export async function lookUp(
  session: MiroSession,
  id: string,
  signal?: CancelSignal,
): Promise<MiroItem | null> {
  const known = session.views.get(id);
  if (known) return known;
  try {
    const found = await session.runner.run(() => session.api.getById(id), signal);
    if (isBoardItem(found)) session.views.set(found.id, found);
    return found;
  } catch (error) {
    if (callErrorKind(error) === "not-found") return null;
    throw error;
  }
}

/** Items by id, as `lookUp` finds them, `concurrency` lookups at a time; null for those gone. */
export async function lookUpAll(
  session: MiroSession,
  ids: readonly string[],
): Promise<(MiroItem | null)[]> {
  const found = await orderedPool(ids, (id, _, stop) => lookUp(session, id, stop), {
    concurrency: session.settings.concurrency,
  });
  if (found.failed) throw found.failure;
  return found.results.map((item) => item ?? null);
}
