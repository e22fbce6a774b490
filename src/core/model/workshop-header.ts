import * as z from "zod/mini";

/** What the facilitator set before the workshop: why, where the journey starts and ends, for whom. */
export const WorkshopHeaderSchema = z.object({
  title: z.nullable(z.string()),
  goal: z.nullable(z.string()),
  scopeStart: z.nullable(z.string()),
  scopeEnd: z.nullable(z.string()),
  persona: z.nullable(z.string()),
  participants: z.array(z.string()),
});

export type WorkshopHeader = z.infer<typeof WorkshopHeaderSchema>;

export const EMPTY_HEADER: WorkshopHeader = {
  title: null,
  goal: null,
  scopeStart: null,
  scopeEnd: null,
  persona: null,
  participants: [],
};
