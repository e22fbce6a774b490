import { z } from "zod";

/** What the facilitator set before the workshop: why, where the journey starts and ends, for whom. */
export const WorkshopHeaderSchema = z.object({
  title: z.string().nullable(),
  goal: z.string().nullable(),
  scopeStart: z.string().nullable(),
  scopeEnd: z.string().nullable(),
  persona: z.string().nullable(),
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
