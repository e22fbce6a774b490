import type { BoardDataKey } from "../../core/board/board-port";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { firstLineOf } from "../../core/board/incomplete-write-error";
import { attempt, type FigJamSession } from "./figjam-session";
import { MARK_NAMESPACE } from "./node-mark";

/**
 * A value the app kept on the board, or null when there is none: shared plugin data on the
 * document (`figma.root`), in the app's namespace, under the key, as JSON. Data that is not
 * JSON (written by hand or cut short) comes back as the text it is, for the caller's schema to
 * refuse, rather than as nothing.
 */
export function readBoardData(session: FigJamSession, key: BoardDataKey): unknown {
  const raw = session.api.root.getSharedPluginData(MARK_NAMESPACE, key);
  if (raw === "") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * Keeps a JSON value on the document under the key, for everyone who opens the board. The same
 * value again is not written: a task that changes nothing leaves no undo step behind. A write
 * FigJam keeps refusing says the board is unavailable (BoardUnavailableError), as the port's
 * calls outside a batch do.
 */
export function writeBoardData(session: FigJamSession, key: BoardDataKey, value: unknown): void {
  const json = JSON.stringify(value ?? null);
  if (session.api.root.getSharedPluginData(MARK_NAMESPACE, key) === json) return;
  session.undo.noteChange();
  try {
    attempt(session, () => session.api.root.setSharedPluginData(MARK_NAMESPACE, key, json));
  } catch (error) {
    throw new BoardUnavailableError(firstLineOf(error));
  }
}
