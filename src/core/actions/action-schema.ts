import * as z from "zod/mini";
import { LanguageSchema } from "../template/template-spec";

export const ACTIONS_SCHEMA_VERSION = 1;

export const PrioritySchema = z.enum(["high", "medium", "low"]);
export type Priority = z.infer<typeof PrioritySchema>;

/**
 * Where an action stands: `planned` from the action lane, `idea` from an opportunity, and
 * `suggested` by the app for a pain no action answers: a suggestion, never a decision.
 */
export const ActionStatusSchema = z.enum(["planned", "idea", "suggested"]);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

export const ActionSchema = z.object({
  /** Derived from the board (the note's id), so a re-run recognises the same action. */
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  status: ActionStatusSchema,
  stage: z.nullable(z.int().check(z.minimum(0))),
  stageTitle: z.nullable(z.string()),
  /**
   * The pains the action answers, as the board shows it (a connector, a reference, shared
   * words, its place under the pain), strongest evidence first; empty where nothing shows it.
   */
  answers: z.array(z.string()),
  owner: z.nullable(z.string()),
  /** An ISO date, `YYYY-MM-DD`. */
  due: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  priority: z.nullable(PrioritySchema),
  /** Notes written for it: its own, identical copies, and +1 notes. */
  votes: z.int().check(z.minimum(0)),
  noteIds: z.array(z.string()),
});
export type Action = z.infer<typeof ActionSchema>;

export const ActionListSchema = z.object({
  schemaVersion: z.literal(ACTIONS_SCHEMA_VERSION),
  language: LanguageSchema,
  actions: z.array(ActionSchema),
});
export type ActionList = z.infer<typeof ActionListSchema>;
