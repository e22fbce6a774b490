import * as z from "zod/mini";
import { ItemKindSchema } from "../model/note";
import { StoredMarkSchema } from "./app-items/read-mark";

/** Text styling the app sets on its own items and reads where a platform gives it. */
export const ItemStyleSchema = z.object({
  fontSize: z.optional(z.number().check(z.positive())),
  textAlign: z.optional(z.enum(["left", "center", "right"])),
  bold: z.optional(z.boolean()),
});
export type ItemStyle = z.infer<typeof ItemStyleSchema>;

/**
 * A board item as a plain record, the same for every platform. Adapters convert positions to
 * board coordinates of the item's centre, whatever container the platform measures from.
 */
export const BoardItemSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: ItemKindSchema,
  /** The platform's own type name (`sticky_note`, `STICKY`, `SHAPE_WITH_TEXT`...). */
  platformType: z.string(),
  /** Plain text: HTML decoded, entities resolved. */
  text: z.string(),
  /** The fill as the platform gives it: a Miro colour name or a CSS colour; null for none. */
  fill: z.nullable(z.string()),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.minimum(0)),
  height: z.number().check(z.minimum(0)),
  rotation: z.number(),
  parentId: z.nullable(z.string()),
  /** Present only on items the app created; a mark of an older version is read as the newest. */
  mark: StoredMarkSchema,
  style: z.optional(ItemStyleSchema),
  /** Set when the file gave no position: the item is kept, at 0,0, but never placed by position. */
  noPosition: z.optional(z.literal(true)),
  /** A card's due date (`YYYY-MM-DD`) and task status, where the platform has them. */
  due: z.optional(z.nullable(z.string())),
  status: z.optional(z.enum(["to-do", "in-progress", "done"])),
  /** A connector's two ends, by item id. */
  ends: z.optional(z.object({ from: z.string(), to: z.string() })),
  /** The titles of the tags a note or card carries, where the platform has tags. */
  tags: z.optional(z.array(z.string())),
  /**
   * A shape's outline as the platform names it, lower-cased (Miro's `right_arrow`, `pentagon`;
   * FigJam's `chevron`, `rounded_rectangle`); absent for other kinds and where it is not known.
   */
  shape: z.optional(z.string()),
  /** A table cell's place: the table's id and the cell's row and column, counted from 0. */
  cell: z.optional(
    z.object({
      tableId: z.string(),
      row: z.int().check(z.minimum(0)),
      column: z.int().check(z.minimum(0)),
    }),
  ),
});

export type BoardItem = z.infer<typeof BoardItemSchema>;

/** An axis-aligned region in board coordinates; x and y are its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of something placed by its centre (a board item, a note): its top-left corner and size. */
export function rectOf(item: { x: number; y: number; width: number; height: number }): Rect {
  return {
    x: item.x - item.width / 2,
    y: item.y - item.height / 2,
    width: item.width,
    height: item.height,
  };
}
