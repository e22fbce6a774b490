import type { ItemDraft } from "../board/board-port";

/** An item the write-back wants on the board, named by a key that stays the same run to run. */
export interface DesiredItem extends Omit<ItemDraft, "ref" | "parent" | "mark" | "ends"> {
  key: string;
  role: string;
  /** The key of the frame it sits in, if any. */
  parentKey?: string;
  /** For a connector: the keys of the items it joins. */
  endKeys?: [string, string];
}
