import * as z from "zod/mini";
import { LaneKindSchema } from "../model/lane-kind";
import { LanguageSchema } from "../template/template-spec";

export const SUMMARY_SCHEMA_VERSION = 1;

/** Near-duplicate notes read as one: the wording written most, how often, and the notes. */
export const MergedNoteSchema = z.object({
  text: z.string(),
  count: z.int().check(z.minimum(1)),
  noteIds: z.array(z.string()),
});
export type MergedNote = z.infer<typeof MergedNoteSchema>;

export const EmotionSchema = z.object({
  /** -2 (awful) to +2 (delighted); null where the board says nothing about feelings. */
  score: z.nullable(z.number().check(z.minimum(-2), z.maximum(2))),
  /** Read from feeling notes, or from the balance of pains and gains when there are none. */
  source: z.nullable(z.enum(["feelings", "pains-and-gains"])),
});
export type Emotion = z.infer<typeof EmotionSchema>;

export const StageSummarySchema = z.object({
  stage: z.int().check(z.minimum(0)),
  title: z.nullable(z.string()),
  counts: z.record(LaneKindSchema, z.int().check(z.minimum(0))),
  topPains: z.array(MergedNoteSchema),
  gains: z.array(MergedNoteSchema),
  emotion: EmotionSchema,
  kpis: z.array(z.string()),
});
export type StageSummary = z.infer<typeof StageSummarySchema>;

export const JourneySummarySchema = z.object({
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  title: z.nullable(z.string()),
  language: LanguageSchema,
  headline: z.string(),
  /** The stage with the most pains and the lowest feelings; null on a board without either. */
  hotspot: z.nullable(z.int().check(z.minimum(0))),
  stages: z.array(StageSummarySchema),
  topPains: z.array(z.extend(MergedNoteSchema, { stages: z.array(z.int().check(z.minimum(0))) })),
  /** Stages with pains but no opportunity or action: only problems, no solutions. */
  onlyProblems: z.array(z.int().check(z.minimum(0))),
  openQuestions: z.array(
    z.object({ noteId: z.string(), text: z.string(), stage: z.nullable(z.int()) }),
  ),
});
export type JourneySummary = z.infer<typeof JourneySummarySchema>;
