import * as z from "zod/mini";
import { NamedColourIdSchema } from "../colour/named-colour";

/** The kinds of board item the app distinguishes; everything else is `other`. */
export const ITEM_KINDS = [
  "sticky",
  "shape",
  "text",
  "frame",
  "card",
  "connector",
  "other",
] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

/**
 * A sticky note (or note-like item) as the journey sees it: plain text, a named colour,
 * and its centre in board coordinates whatever container it sits in.
 */
export const NoteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  colour: z.nullable(NamedColourIdSchema),
  rawColour: z.nullable(z.string()),
  /** CIEDE2000 distance from the raw colour to the named colour; 0 for an exact swatch. */
  colourDistance: z.number().check(z.minimum(0)),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.minimum(0)),
  height: z.number().check(z.minimum(0)),
  itemKind: ItemKindSchema,
  parentId: z.nullable(z.string()),
  /** Votes the team put on the note (dot stickers, stamps); absent when it has none. */
  votes: z.optional(z.int().check(z.minimum(1))),
  /** Ids of the notes a connector drawn on the board joins it to; absent when none does. */
  links: z.optional(z.array(z.string())),
});

export type Note = z.infer<typeof NoteSchema>;
