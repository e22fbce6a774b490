import type { StructureRole } from "../model/journey";

/** The board's structure among its notes: what each such note is for, by the note's id. */
export type Structure = Map<string, { reason: string; role: StructureRole }>;
