import { z } from "zod";

/** Older clients typed ids as numbers; an id is text here, whatever the file holds. */
const IdSchema = z.union([z.string().min(1), z.number()]).transform(String);

export const MiroPositionSchema = z.looseObject({
  x: z.number(),
  y: z.number(),
  origin: z.string().optional(),
  relativeTo: z.enum(["canvas_center", "parent_top_left", "parent_center"]).optional(),
});

export const MiroGeometrySchema = z.looseObject({
  width: z.number().optional(),
  height: z.number().optional(),
  rotation: z.number().optional(),
});

const text = z.string().nullish();

/** One item of `GET /v2/boards/{id}/items`; unknown fields pass through untouched. */
export const MiroItemSchema = z.looseObject({
  id: IdSchema,
  type: z.string().min(1),
  data: z.looseObject({ content: text, title: text, description: text, shape: text }).nullish(),
  style: z
    .looseObject({
      fillColor: text,
      fillOpacity: z.union([z.string(), z.number()]).nullish(),
      cardTheme: text,
      textAlign: text,
      fontSize: z.union([z.string(), z.number()]).nullish(),
    })
    .nullish(),
  position: MiroPositionSchema.nullish(),
  geometry: MiroGeometrySchema.nullish(),
  parent: z.looseObject({ id: IdSchema }).nullish(),
});
export type MiroItem = z.infer<typeof MiroItemSchema>;

/** One page of the items list: `{ "data": [...], "cursor", "total", ... }`. */
export const MiroPageSchema = z.looseObject({ data: z.array(MiroItemSchema) });
export type MiroPage = z.infer<typeof MiroPageSchema>;
