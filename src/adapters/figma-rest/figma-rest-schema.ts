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

/** One node's own fields; its children are only checked to be a list, each by the tree's walk. */
const FigmaNodeFieldsSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  characters: z.optional(z.string()),
  fills: z.optional(z.array(FigmaPaintSchema)),
  absoluteBoundingBox: z.nullish(RectangleSchema),
  rotation: z.optional(z.number()),
  visible: z.optional(z.boolean()),
  sharedPluginData: z.optional(z.record(z.string(), z.record(z.string(), z.string()))),
  children: z.optional(z.array(z.unknown())),
});

/** A place in the tree, linked to its parent's: paths are spelled out only for a bad node. */
type Place = { parent: Place | null; key: PropertyKey[] };

function pathOf(place: Place | null): PropertyKey[] {
  const keys: PropertyKey[][] = [];
  for (let at = place; at; at = at.parent) keys.push(at.key);
  return keys.reverse().flat();
}

/** Enough problems for a message, which shows the first few; past them the walk stops. */
const MAX_ISSUES = 10;

/**
 * A node and all it holds, each node checked on its own as the tree is walked with a stack: a
 * recursive schema would overflow the call stack on groups nested some thousand deep.
 */
export const FigmaNodeSchema: z.ZodMiniType<FigmaNode> = z.custom<FigmaNode>().check(
  z.superRefine((root, ctx) => {
    const stack: { node: unknown; place: Place | null }[] = [{ node: root, place: null }];
    let issues = 0;
    while (stack.length > 0 && issues < MAX_ISSUES) {
      const { node, place } = stack.pop() as { node: unknown; place: Place | null };
      const result = FigmaNodeFieldsSchema.safeParse(node);
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({
            code: "custom",
            message: issue.message,
            path: [...pathOf(place), ...issue.path],
            input: node,
          });
          issues++;
        }
        continue;
      }
      const children = result.data.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i], place: { parent: place, key: ["children", i] } });
      }
    }
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
