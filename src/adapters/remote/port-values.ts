import * as z from "zod/mini";
import { BoardItemSchema, ItemStyleSchema } from "../../core/board/board-item";
import type {
  BoardDataKey,
  BoardScope,
  CreatedItem,
  DraftKind,
  ItemDraft,
  ItemPatch,
  ViewTarget,
} from "../../core/board/board-port";
import type { Platform } from "../../core/colour/named-colour";

/** A board id: what every platform gives is a short non-empty string. */
export const BoardIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const PlatformSchema = z.enum(["miro", "figjam"] satisfies Platform[]);

export const RectSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.minimum(0)),
  height: z.number().check(z.minimum(0)),
});

export const BoardScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("board") }),
  z.object({ kind: z.literal("selection") }),
  z.object({ kind: z.literal("container"), id: BoardIdSchema }),
]) satisfies z.ZodMiniType<BoardScope>;

const ItemRefSchema = z.union([z.object({ ref: z.string() }), z.object({ id: BoardIdSchema })]);

const DRAFT_KINDS = ["sticky", "shape", "text", "frame", "card", "connector"] as const;

/**
 * A draft's mark: read as every stored mark is (`BoardItemSchema`), and one this version can
 * read: an item written with an `unknown` mark would be the app's, yet no plan could claim it.
 */
const DraftMarkSchema = z.pipe(
  BoardItemSchema.shape.mark,
  z.custom<ItemDraft["mark"]>(
    (mark) => mark !== null && mark.part !== "unknown",
    "a draft carries a mark of the app's that this version reads",
  ),
);

export const ItemDraftSchema = z.object({
  ref: z.string(),
  kind: z.enum(DRAFT_KINDS satisfies readonly DraftKind[]),
  text: z.string(),
  fill: z.nullable(z.string()),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.minimum(0)),
  height: z.number().check(z.minimum(0)),
  parent: z.nullable(ItemRefSchema),
  mark: DraftMarkSchema,
  style: z.optional(ItemStyleSchema),
  due: z.optional(z.nullable(z.string())),
  status: z.optional(z.enum(["to-do", "in-progress", "done"])),
  ends: z.optional(z.object({ from: ItemRefSchema, to: ItemRefSchema })),
}) satisfies z.ZodMiniType<ItemDraft, unknown>;

export const ItemPatchSchema = z.object({
  id: BoardIdSchema,
  text: z.optional(z.string()),
  fill: z.optional(z.nullable(z.string())),
  x: z.optional(z.number()),
  y: z.optional(z.number()),
  width: z.optional(z.number().check(z.minimum(0))),
  height: z.optional(z.number().check(z.minimum(0))),
  due: z.optional(z.nullable(z.string())),
}) satisfies z.ZodMiniType<ItemPatch>;

export const ViewTargetSchema = z.union([
  z.object({ ids: z.array(BoardIdSchema) }),
  z.object({ rect: RectSchema }),
]) satisfies z.ZodMiniType<ViewTarget>;

export const BoardDataKeySchema = z.enum(["legend", "last-template"] satisfies BoardDataKey[]);

export const CreatedItemSchema = z.object({
  ref: z.string(),
  item: BoardItemSchema,
}) satisfies z.ZodMiniType<CreatedItem, unknown>;
