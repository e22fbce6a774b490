import * as z from "zod/mini";
import { BoardItemSchema } from "../../core/board/board-item";
import type { BoardPort } from "../../core/board/board-port";
import {
  BoardDataKeySchema,
  BoardIdSchema,
  BoardScopeSchema,
  CreatedItemSchema,
  ItemDraftSchema,
  ItemPatchSchema,
  RectSchema,
  ViewTargetSchema,
} from "./port-values";

/** The port's methods a panel calls by message: all of them but the selection listener. */
type RequestMethod = Exclude<keyof BoardPort, "platform" | "onSelectionChange">;

/**
 * Every board port method as a message: its arguments (batch options travel apart, as progress
 * and cancel messages) and its result; a method without a result answers null.
 */
export const PORT_METHODS = {
  readItems: { args: z.tuple([BoardScopeSchema]), result: z.array(BoardItemSchema) },
  createItems: { args: z.tuple([z.array(ItemDraftSchema)]), result: z.array(CreatedItemSchema) },
  updateItems: { args: z.tuple([z.array(ItemPatchSchema)]), result: z.array(BoardItemSchema) },
  removeItems: { args: z.tuple([z.array(BoardIdSchema)]), result: z.null() },
  bringIntoView: { args: z.tuple([ViewTargetSchema]), result: z.null() },
  findEmptySpace: { args: z.tuple([RectSchema]), result: RectSchema },
  readBoardData: { args: z.tuple([BoardDataKeySchema]), result: z.unknown() },
  writeBoardData: { args: z.tuple([BoardDataKeySchema, z.unknown()]), result: z.null() },
} satisfies Record<RequestMethod, { args: z.ZodMiniType; result: z.ZodMiniType }>;

export type PortMethod = keyof typeof PORT_METHODS;

export const PORT_METHOD_NAMES = Object.keys(PORT_METHODS) as PortMethod[];

/** A method's arguments as the panel sends them. */
export type PortArgsIn<M extends PortMethod> = z.input<(typeof PORT_METHODS)[M]["args"]>;
/** A method's arguments as the board reads them. */
export type PortArgs<M extends PortMethod> = z.output<(typeof PORT_METHODS)[M]["args"]>;
/** A method's result as the panel reads it. */
export type PortResult<M extends PortMethod> = z.output<(typeof PORT_METHODS)[M]["result"]>;

/** The schema of a method's arguments, typed for that method. */
export function argsSchema<M extends PortMethod>(method: M): z.ZodMiniType<PortArgs<M>> {
  // The compiler cannot follow a generic key into the table; the table itself is the proof.
  return PORT_METHODS[method].args as unknown as z.ZodMiniType<PortArgs<M>>;
}

/** The schema of a method's result, typed for that method. */
export function resultSchema<M extends PortMethod>(method: M): z.ZodMiniType<PortResult<M>> {
  return PORT_METHODS[method].result as z.ZodMiniType<PortResult<M>>;
}
