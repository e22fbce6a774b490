import * as z from "zod/mini";
import {
  type NamedColourId,
  NamedColourIdSchema,
  type Platform,
  platformOf,
} from "../colour/named-colour";
import { type LaneKind, LaneKindSchema } from "../model/lane-kind";

export const LEGEND_SCHEMA_VERSION = 1;

/** What a colour says about a note: a lane kind, a stage header, or nothing at all. */
export const LegendMeaningSchema = z.union([
  LaneKindSchema,
  z.literal("stage-header"),
  z.literal("none"),
]);
export type LegendMeaning = z.infer<typeof LegendMeaningSchema>;

export const LegendEntrySchema = z.object({
  colour: NamedColourIdSchema,
  meaning: LegendMeaningSchema,
});
export type LegendEntry = z.infer<typeof LegendEntrySchema>;

/**
 * Maps named colours to what notes of that colour mean. A legend is data: the default one,
 * a board's own, or a user's file can take its place.
 */
export const LegendSchema = z
  .object({
    schemaVersion: z.literal(LEGEND_SCHEMA_VERSION),
    name: z.optional(z.string()),
    entries: z.array(LegendEntrySchema),
  })
  .check(
    z.superRefine((legend, ctx) => {
      const seen = new Set<string>();
      legend.entries.forEach((entry, index) => {
        if (seen.has(entry.colour)) {
          ctx.addIssue({
            code: "custom",
            path: ["entries", index, "colour"],
            message: `"${entry.colour}" is given twice; a colour can have one meaning only`,
          });
        }
        seen.add(entry.colour);
      });
    }),
  );
export type Legend = z.infer<typeof LegendSchema>;

/** What the legend says a colour means; undefined when the legend does not mention it. */
export function meaningOf(legend: Legend, colour: NamedColourId): LegendMeaning | undefined {
  return legend.entries.find((entry) => entry.colour === colour)?.meaning;
}

/** A fast lookup of what each colour means, for reading many notes against one legend. */
export function meaningLookup(
  legend: Legend,
): (colour: NamedColourId | null) => LegendMeaning | undefined {
  const meanings = new Map<NamedColourId, LegendMeaning>();
  for (const entry of legend.entries)
    if (!meanings.has(entry.colour)) meanings.set(entry.colour, entry.meaning);
  return (colour) => (colour === null ? undefined : meanings.get(colour));
}

/** The first colour of the platform that the legend gives a meaning, for drawing that meaning. */
export function colourFor(
  legend: Legend,
  meaning: LaneKind | "stage-header",
  platform: Platform,
): NamedColourId | undefined {
  return legend.entries.find(
    (entry) => entry.meaning === meaning && platformOf(entry.colour) === platform,
  )?.colour;
}
