import * as z from "zod/mini";

/** The parts of a write-back a facilitator can ask for, each planned and diffed on its own. */
export const WRITE_BACK_PARTS = ["summaries", "actions", "curve", "tidy"] as const;

/**
 * summaries = the headline and a summary per stage; actions = the action list area; curve = the
 * feelings curve; tidy = the tidy copy of the board.
 */
export type WriteBackPart = (typeof WRITE_BACK_PARTS)[number];

/**
 * What an item of the app's belongs to: a template, one part of a write-back, or `unknown` for an
 * item the app wrote but this version cannot read (see `readMark`). A plan only ever changes the
 * items of the parts it writes.
 */
export const PARTS = ["template", ...WRITE_BACK_PARTS, "unknown"] as const;
export const PartSchema = z.enum(PARTS);
export type Part = z.infer<typeof PartSchema>;

/** The parts the app writes (every part but `unknown`). */
export type WrittenPart = Exclude<Part, "unknown">;
