import type { BoardDataKey } from "../../core/board/board-port";
import type { AppDataValue } from "./miro-api";
import type { MiroSession } from "./miro-session";

/**
 * A value the app kept on the board (Miro app data, shared by everyone on the board), or null
 * when there is none: Miro may answer a key never set with undefined or null. A copy, so the
 * caller's changes stay its own.
 */
export async function readBoardData(session: MiroSession, key: BoardDataKey): Promise<unknown> {
  const value = await session.runner.run(() => session.api.getAppData(key));
  return value === undefined || value === null ? null : structuredClone(value);
}

/** Keeps a JSON value on the board under the key; the board keeps a copy, as JSON. */
export async function writeBoardData(
  session: MiroSession,
  key: BoardDataKey,
  value: unknown,
): Promise<void> {
  const json = JSON.parse(JSON.stringify(value ?? null)) as AppDataValue;
  await session.runner.run(() => session.api.setAppData(key, json));
}
