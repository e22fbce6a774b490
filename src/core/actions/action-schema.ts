import { z } from "zod";
import { LanguageSchema } from "../template/template-spec";

export const ACTIONS_SCHEMA_VERSION = 1;

export const PrioritySchema = z.enum(["high", "medium", "low"]);
export type Priority = z.infer<typeof PrioritySchema>;

/**
 * Where an action stands: `planned` from the action lane, `idea` from an opportunity, and
 * `suggested` by the app for a stage whose pains have no action: a suggestion, never a decision.
 */
export const ActionStatusSchema = z.enum(["planned", "idea", "suggested"]);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

export const ActionSchema = z.object({
  /** Derived from the board (the note's id), so a re-run recognises the same action. */
  id: z.string().min(1),
  title: z.string().min(1),
  status: ActionStatusSchema,
  stage: z.number().int().min(0).nullable(),
  stageTitle: z.string().nullable(),
  /** The pains of the same stage that the action answers, most written first. */
  answers: z.array(z.string()),
  owner: z.string().nullable(),
  /** An ISO date, `YYYY-MM-DD`. */
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  priority: PrioritySchema.nullable(),
  /** Notes written for it: its own, identical copies, and +1 notes. */
  votes: z.number().int().min(0),
  noteIds: z.array(z.string()),
});
export type Action = z.infer<typeof ActionSchema>;

export const ActionListSchema = z.object({
  schemaVersion: z.literal(ACTIONS_SCHEMA_VERSION),
  language: LanguageSchema,
  actions: z.array(ActionSchema),
});
export type ActionList = z.infer<typeof ActionListSchema>;
