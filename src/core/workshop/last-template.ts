import * as z from "zod/mini";
import type { BoardPort } from "../board/board-port";
import { TemplateSpecSchema } from "../template/template-spec";

export const LAST_TEMPLATE_SCHEMA_VERSION = 1;

/**
 * The template last started on a board, kept as board data ("last-template") so the next person
 * finds it: which template, what was asked for, and where it stands (x, y its top-left corner).
 */
export const LastTemplateSchema = z.object({
  schemaVersion: z.literal(LAST_TEMPLATE_SCHEMA_VERSION),
  templateId: z.string().check(z.minLength(1)),
  spec: TemplateSpecSchema,
  rect: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
});
export type LastTemplate = z.infer<typeof LastTemplateSchema>;

/** The board's last template, or null when none was kept or what was kept is not readable. */
export async function readLastTemplate(port: BoardPort): Promise<LastTemplate | null> {
  const kept = LastTemplateSchema.safeParse(await port.readBoardData("last-template"));
  return kept.success ? kept.data : null;
}
