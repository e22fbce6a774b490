import * as z from "zod/mini";

const ColorSchema = z.looseObject({ r: z.number(), g: z.number(), b: z.number(), a: z.number() });

export const FigmaPaintSchema = z.looseObject({
  type: z.string(),
  color: z.optional(ColorSchema),
  opacity: z.optional(z.number()),
  visible: z.optional(z.boolean()),
});
export type FigmaPaint = z.infer<typeof FigmaPaintSchema>;

const RectangleSchema = z.looseObject({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});

/** A node of a Figma REST file, as far as a journey needs it. */
export interface FigmaNode {
  id: string;
  type: string;
  name?: string | undefined;
  characters?: string | undefined;
  fills?: FigmaPaint[] | undefined;
  absoluteBoundingBox?: z.infer<typeof RectangleSchema> | null | undefined;
  rotation?: number | undefined;
  visible?: boolean | undefined;
  sharedPluginData?: Record<string, Record<string, string>> | undefined;
  children?: FigmaNode[] | undefined;
  /** The many other layer fields the API returns pass through untouched. */
  [field: string]: unknown;
}

export const FigmaNodeSchema: z.ZodMiniType<FigmaNode> = z.lazy(() =>
  z.looseObject({
    id: z.string().check(z.minLength(1)),
    type: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    characters: z.optional(z.string()),
    fills: z.optional(z.array(FigmaPaintSchema)),
    absoluteBoundingBox: z.nullish(RectangleSchema),
    rotation: z.optional(z.number()),
    visible: z.optional(z.boolean()),
    sharedPluginData: z.optional(z.record(z.string(), z.record(z.string(), z.string()))),
    children: z.optional(z.array(FigmaNodeSchema)),
  }),
);

/** `GET /v1/files/:key`: the file's name and its document tree of pages. */
export const FigmaFileSchema = z.looseObject({
  name: z.optional(z.string()),
  editorType: z.optional(z.string()),
  document: z.looseObject({
    type: z.literal("DOCUMENT"),
    children: z.array(FigmaNodeSchema),
  }),
});
export type FigmaFile = z.infer<typeof FigmaFileSchema>;

/** The shared plugin data namespace and key the app's marks live under in FigJam. */
export const MARK_NAMESPACE = "journey_mapper";
export const MARK_KEY = "mark";
