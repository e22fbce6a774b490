import * as z from "zod/mini";
import { BandSchema } from "./band";
import { LaneKindSchema } from "./lane-kind";
import { NoteSchema } from "./note";
import { WorkshopHeaderSchema } from "./workshop-header";

/** Bumped whenever the JSON form of a journey changes shape. */
export const JOURNEY_SCHEMA_VERSION = 1;

/**
 * A column of the journey; `band` is its horizontal extent in board coordinates (its vertical
 * extent in a vertical journey, where stages are rows).
 */
export const StageSchema = z.object({
  title: z.nullable(z.string()),
  band: BandSchema,
});
export type Stage = z.infer<typeof StageSchema>;

/**
 * A row of the journey; `band` is its vertical extent (horizontal in a vertical journey), null
 * where lanes come from colour alone.
 */
export const LaneSchema = z.object({
  kind: LaneKindSchema,
  title: z.nullable(z.string()),
  band: z.nullable(BandSchema),
});
export type Lane = z.infer<typeof LaneSchema>;

/** Where one note belongs, and how sure the reading is. */
export const PlacementSchema = z.object({
  noteId: z.string().check(z.minLength(1)),
  stage: z.nullable(z.int().check(z.minimum(0))),
  lane: z.nullable(LaneKindSchema),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
});
export type Placement = z.infer<typeof PlacementSchema>;

/** What a sticky note that is not content is on the board for. */
export const StructureRoleSchema = z.enum([
  "stage-header",
  "lane-label",
  "legend",
  "workshop-header",
  "vote",
]);
export type StructureRole = z.infer<typeof StructureRoleSchema>;

/** Why a content note has no place: where it is, and what its colour could not tell. */
export const UnplacedCauseSchema = z.object({
  where: z.enum(["no-position", "no-stages", "outside-stages"]),
  colour: z.optional(z.enum(["no-fill", "stage-header", "no-meaning", "no-lane"])),
});
export type UnplacedCause = z.infer<typeof UnplacedCauseSchema>;

/**
 * A note that could not be placed, with the reason in words a facilitator understands (English)
 * and, for content notes, its `cause` as data, so a panel can say it in the user's language.
 * Notes the board uses as structure (a stage header, a lane label, a legend swatch) carry their
 * `role`.
 */
export const UnplacedSchema = z.object({
  noteId: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
  role: z.optional(StructureRoleSchema),
  cause: z.optional(UnplacedCauseSchema),
});
export type Unplaced = z.infer<typeof UnplacedSchema>;

/**
 * How a journey runs on the board. Absent or `horizontal`: stages are columns (stage bands are
 * horizontal extents, lane bands vertical ones). `vertical`: stages are rows and lanes columns,
 * so stage bands are vertical extents and lane bands horizontal ones.
 */
export const OrientationSchema = z.enum(["horizontal", "vertical"]);

export const JourneySchema = z
  .object({
    schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
    orientation: z.optional(OrientationSchema),
    header: WorkshopHeaderSchema,
    stages: z.array(StageSchema),
    lanes: z.array(LaneSchema),
    notes: z.array(NoteSchema),
    placements: z.array(PlacementSchema),
    unplaced: z.array(UnplacedSchema),
  })
  .check(
    z.superRefine((journey, ctx) => {
      journey.placements.forEach((placement, index) => {
        if (placement.stage !== null && placement.stage >= journey.stages.length) {
          ctx.addIssue({
            code: "custom",
            path: ["placements", index, "stage"],
            message: `stage ${placement.stage} does not exist (the journey has ${journey.stages.length})`,
          });
        }
      });
    }),
  );

/** A structured journey: stages, lanes, and every note either placed or listed as unplaced. */
export type Journey = z.infer<typeof JourneySchema>;
