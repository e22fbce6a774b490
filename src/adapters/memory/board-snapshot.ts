import * as z from "zod/mini";
import { BoardItemSchema } from "../../core/board/board-item";
import type { BoardDataKey } from "../../core/board/board-port";
import { formatPath, type Parsed } from "../../core/model/parse-outside";

export const BOARD_SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * An in-memory board as plain JSON: its items, the app's board data and the selection, so the
 * playground can keep the board in local storage and bring it back after a reload.
 */
export const BoardSnapshotSchema = z.object({
  schemaVersion: z.literal(BOARD_SNAPSHOT_SCHEMA_VERSION),
  platform: z.enum(["miro", "figjam"]),
  items: z.array(BoardItemSchema),
  boardData: z.object({
    legend: z.optional(z.unknown()),
    "last-template": z.optional(z.unknown()),
  }),
  selection: z.array(z.string()),
  /** The number in the next id the board hands out, so new ids never repeat restored ones. */
  nextId: z.number().check(z.int(), z.minimum(1)),
});

export type BoardSnapshot = z.infer<typeof BoardSnapshotSchema>;

// A record, so the compiler says when the port gains a key this list lacks.
const KEYS: Record<BoardDataKey, true> = { legend: true, "last-template": true };

/** Every key of the board data. */
export const BOARD_DATA_KEYS = Object.keys(KEYS) as BoardDataKey[];

/** Reads a saved board (from local storage or a file), naming the first bad field. */
export function parseBoardSnapshot(value: unknown): Parsed<BoardSnapshot> {
  const result = BoardSnapshotSchema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue ? `${formatPath(issue.path)}: ${issue.message}` : "unreadable";
  return { ok: false, error: `not a saved board (${where})` };
}

/**
 * The number for the next `mem-N` id after a restore: past the saved counter and past every
 * restored id, so a hand-edited or merged file cannot make ids repeat.
 */
export function nextIdAfter(snapshot: BoardSnapshot): number {
  const taken = snapshot.items.map((item) => Number(/^mem-(\d+)$/.exec(item.id)?.[1] ?? 0));
  return Math.max(snapshot.nextId, ...taken.map((n) => n + 1));
}
