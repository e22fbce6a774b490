import * as z from "zod/mini";
import { BoardItemSchema } from "../../core/board/board-item";
import type { BoardPort } from "../../core/board/board-port";
import { CreatedItemSchema, RectSchema } from "./port-values";

/** The port's methods a panel calls by message: all of them but the selection listener. */
type RequestMethod = Exclude<keyof BoardPort, "platform" | "onSelectionChange">;

/**
 * Every board port method's result as the panel reads it; a method without a result answers
 * null. The arguments, which only the host reads, are in `port-args.ts`, so that a panel page
 * does not carry their schemas.
 */
export const PORT_RESULTS = {
  readItems: z.array(BoardItemSchema),
  createItems: z.array(CreatedItemSchema),
  updateItems: z.array(BoardItemSchema),
  removeItems: z.null(),
  bringIntoView: z.null(),
  findEmptySpace: RectSchema,
  readBoardData: z.unknown(),
  writeBoardData: z.null(),
} satisfies Record<RequestMethod, z.ZodMiniType>;

export type PortMethod = keyof typeof PORT_RESULTS;

export const PORT_METHOD_NAMES = Object.keys(PORT_RESULTS) as PortMethod[];

/** A method's result as the panel reads it. */
export type PortResult<M extends PortMethod> = z.output<(typeof PORT_RESULTS)[M]>;

/** The schema of a method's result, typed for that method. */
export function resultSchema<M extends PortMethod>(method: M): z.ZodMiniType<PortResult<M>> {
  return PORT_RESULTS[method] as z.ZodMiniType<PortResult<M>>;
}
