import { z } from "zod";
import { LaneKindSchema } from "../model/lane-kind";
import { LanguageSchema } from "../template/template-spec";

export const SUMMARY_SCHEMA_VERSION = 1;

/** Near-duplicate notes read as one: the wording written most, how often, and the notes. */
export const MergedNoteSchema = z.object({
  text: z.string(),
  count: z.number().int().min(1),
  noteIds: z.array(z.string()),
});
export type MergedNote = z.infer<typeof MergedNoteSchema>;

export const EmotionSchema = z.object({
  /** -2 (awful) to +2 (delighted); null where the board says nothing about feelings. */
  score: z.number().min(-2).max(2).nullable(),
  /** Read from feeling notes, or from the balance of pains and gains when there are none. */
  source: z.enum(["feelings", "pains-and-gains"]).nullable(),
});
export type Emotion = z.infer<typeof EmotionSchema>;

export const StageSummarySchema = z.object({
  stage: z.number().int().min(0),
  title: z.string().nullable(),
  counts: z.record(LaneKindSchema, z.number().int().min(0)),
  topPains: z.array(MergedNoteSchema),
  gains: z.array(MergedNoteSchema),
  emotion: EmotionSchema,
  kpis: z.array(z.string()),
});
export type StageSummary = z.infer<typeof StageSummarySchema>;

export const JourneySummarySchema = z.object({
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  title: z.string().nullable(),
  language: LanguageSchema,
  headline: z.string(),
  /** The stage with the most pains and the lowest feelings; null on a board without either. */
  hotspot: z.number().int().min(0).nullable(),
  stages: z.array(StageSummarySchema),
  topPains: z.array(MergedNoteSchema.extend({ stages: z.array(z.number().int().min(0)) })),
  /** Stages with pains but no opportunity or action: only problems, no solutions. */
  onlyProblems: z.array(z.number().int().min(0)),
  openQuestions: z.array(
    z.object({ noteId: z.string(), text: z.string(), stage: z.number().int().nullable() }),
  ),
});
export type JourneySummary = z.infer<typeof JourneySummarySchema>;
