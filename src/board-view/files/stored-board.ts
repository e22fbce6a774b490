import * as z from "zod/mini";
import { type BoardSnapshot, parseBoardSnapshot } from "../../adapters/memory/board-snapshot";

/** The part of the browser's localStorage the playground uses; tests hand it a fake. */
export interface BoardStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where the playground keeps its board between visits. */
export const STORED_BOARD_KEY = "journey-mapper:playground-board";

const StoredBoardSchema = z.object({
  schemaVersion: z.literal(1),
  /** The board's name, for the file "Save board" writes. */
  name: z.string(),
  board: z.unknown(),
});

/** A board brought back from storage, or null for none, with a notice for the page if any. */
export interface StoredBoard {
  board: { name: string; snapshot: BoardSnapshot } | null;
  notice: string | null;
}

const SAMPLE_INSTEAD = "The sample board is shown instead.";

/**
 * Brings back the board kept in this browser. Whatever is wrong there (storage blocked, text
 * that is not JSON, a board an older playground wrote) ends in the sample board and a notice
 * saying why, never in an empty page.
 */
export function readStoredBoard(storage: BoardStorage | null): StoredBoard {
  if (storage === null) {
    return {
      board: null,
      notice: `This browser does not let the page keep a board. ${SAMPLE_INSTEAD}`,
    };
  }
  let text: string | null;
  try {
    text = storage.getItem(STORED_BOARD_KEY);
  } catch {
    return {
      board: null,
      notice: `This browser does not let the page read its stored board. ${SAMPLE_INSTEAD}`,
    };
  }
  if (text === null) return { board: null, notice: null };
  const unreadable = (why: string): StoredBoard => ({
    board: null,
    notice: `The board kept in this browser could not be read (${why}). ${SAMPLE_INSTEAD}`,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return unreadable("it is not JSON");
  }
  const stored = StoredBoardSchema.safeParse(json);
  if (!stored.success) return unreadable("it is not a board this playground keeps");
  const snapshot = parseBoardSnapshot(stored.data.board);
  if (!snapshot.ok) return unreadable(snapshot.error);
  return { board: { name: stored.data.name, snapshot: snapshot.value }, notice: null };
}

/**
 * Keeps the board in this browser. Returns null when it was kept, or a notice for the page
 * when it could not be (storage full or blocked): the board then does not survive a reload.
 */
export function storeBoard(
  storage: BoardStorage | null,
  name: string,
  snapshot: BoardSnapshot,
): string | null {
  const text = JSON.stringify({ schemaVersion: 1, name, board: snapshot });
  try {
    if (storage === null) throw new Error("no storage");
    storage.setItem(STORED_BOARD_KEY, text);
    return null;
  } catch (error) {
    const full = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    const why = full
      ? "This board is too large for this browser's storage"
      : "This browser does not let the page keep the board";
    return `${why}, so changes will not survive a reload. Use “Save board” to keep a copy as a file.`;
  }
}

/** Forgets the kept board, so the next visit opens on the sample. */
export function forgetStoredBoard(storage: BoardStorage | null): void {
  try {
    storage?.removeItem(STORED_BOARD_KEY);
  } catch {
    // Storage that cannot be written holds nothing to forget.
  }
}
