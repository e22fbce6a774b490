import * as z from "zod/mini";

/** Older clients typed ids as numbers; an id is text here, whatever the file holds. */
const IdSchema = z.pipe(
  z.union([z.string().check(z.minLength(1)), z.number()]),
  z.transform(String),
);

export const MiroPositionSchema = z.looseObject({
  x: z.number(),
  y: z.number(),
  origin: z.optional(z.string()),
  relativeTo: z.optional(z.enum(["canvas_center", "parent_top_left", "parent_center"])),
});

export const MiroGeometrySchema = z.looseObject({
  width: z.optional(z.number()),
  height: z.optional(z.number()),
  rotation: z.optional(z.number()),
});

const text = z.nullish(z.string());

/** One item of `GET /v2/boards/{id}/items`; unknown fields pass through untouched. */
export const MiroItemSchema = z.looseObject({
  id: IdSchema,
  type: z.string().check(z.minLength(1)),
  data: z.nullish(z.looseObject({ content: text, title: text, description: text, shape: text })),
  style: z.nullish(
    z.looseObject({
      fillColor: text,
      fillOpacity: z.nullish(z.union([z.string(), z.number()])),
      cardTheme: text,
      textAlign: text,
      fontSize: z.nullish(z.union([z.string(), z.number()])),
    }),
  ),
  position: z.nullish(MiroPositionSchema),
  geometry: z.nullish(MiroGeometrySchema),
  parent: z.nullish(z.looseObject({ id: IdSchema })),
});
export type MiroItem = z.infer<typeof MiroItemSchema>;

/** One page of the items list: `{ "data": [...], "cursor", "total", ... }`. */
export const MiroPageSchema = z.looseObject({ data: z.array(MiroItemSchema) });
export type MiroPage = z.infer<typeof MiroPageSchema>;
