import * as z from "zod/mini";
import { LaneKindSchema } from "../model/lane-kind";

export const PRESET_IDS = ["workshop", "pains-and-gains"] as const;
export const PresetIdSchema = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof PresetIdSchema>;

export const LanguageSchema = z.enum(["en", "sv", "da"]);

const line = z.string().check(z.trim(), z.maxLength(500));

/** What a facilitator asks for when starting a workshop. Lanes default to the preset's. */
export const TemplateSpecSchema = z.object({
  title: z._default(line, ""),
  goal: z._default(line, ""),
  scopeStart: z._default(line, ""),
  scopeEnd: z._default(line, ""),
  persona: z._default(line, ""),
  participants: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))).check(z.maxLength(50)),
    [],
  ),
  stages: z
    .array(z.string().check(z.trim(), z.minLength(1, "a stage needs a name"), z.maxLength(120)))
    .check(
      z.minLength(1, "a journey needs at least one stage"),
      z.maxLength(20, "at most 20 stages fit a readable board"),
    ),
  lanes: z.optional(
    z.array(LaneKindSchema).check(
      z.minLength(1),
      z.refine((lanes) => new Set(lanes).size === lanes.length, "a lane kind can appear once only"),
    ),
  ),
  language: z._default(LanguageSchema, "en"),
  preset: z._default(PresetIdSchema, "workshop"),
});

/** A template request as given (defaults not yet applied). */
export type TemplateSpecInput = z.input<typeof TemplateSpecSchema>;
/** A template request with every default applied. */
export type TemplateSpec = z.output<typeof TemplateSpecSchema>;
