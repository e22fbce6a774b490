import { z } from "zod";
import { LaneKindSchema } from "../model/lane-kind";

export const PRESET_IDS = ["workshop", "pains-and-gains"] as const;
export const PresetIdSchema = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof PresetIdSchema>;

export const LanguageSchema = z.enum(["en", "sv", "da"]);

const line = z.string().trim().max(500);

/** What a facilitator asks for when starting a workshop. Lanes default to the preset's. */
export const TemplateSpecSchema = z.object({
  title: line.default(""),
  goal: line.default(""),
  scopeStart: line.default(""),
  scopeEnd: line.default(""),
  persona: line.default(""),
  participants: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
  stages: z
    .array(z.string().trim().min(1, "a stage needs a name").max(120))
    .min(1, "a journey needs at least one stage")
    .max(20, "at most 20 stages fit a readable board"),
  lanes: z
    .array(LaneKindSchema)
    .min(1)
    .refine((lanes) => new Set(lanes).size === lanes.length, "a lane kind can appear once only")
    .optional(),
  language: LanguageSchema.default("en"),
  preset: PresetIdSchema.default("workshop"),
});

/** A template request as given (defaults not yet applied). */
export type TemplateSpecInput = z.input<typeof TemplateSpecSchema>;
/** A template request with every default applied. */
export type TemplateSpec = z.output<typeof TemplateSpecSchema>;
