import * as z from "zod/mini";
import type { PortMethod } from "./port-methods";
import {
  BoardDataKeySchema,
  BoardIdSchema,
  BoardScopeSchema,
  ItemDraftSchema,
  ItemPatchSchema,
  RectSchema,
  ViewTargetSchema,
} from "./port-values";

/**
 * Every board port method's arguments as the host reads them (batch options travel apart, as
 * progress and cancel messages). Only `servePort` imports this table; a panel sends arguments
 * typed by it and reads nothing here.
 */
export const PORT_ARGS = {
  readItems: z.tuple([BoardScopeSchema]),
  createItems: z.tuple([z.array(ItemDraftSchema)]),
  updateItems: z.tuple([z.array(ItemPatchSchema)]),
  removeItems: z.tuple([z.array(BoardIdSchema)]),
  bringIntoView: z.tuple([ViewTargetSchema]),
  findEmptySpace: z.tuple([RectSchema]),
  readBoardData: z.tuple([BoardDataKeySchema]),
  writeBoardData: z.tuple([BoardDataKeySchema, z.unknown()]),
} satisfies Record<PortMethod, z.ZodMiniType>;

/** A method's arguments as the panel sends them. */
export type PortArgsIn<M extends PortMethod> = z.input<(typeof PORT_ARGS)[M]>;
/** A method's arguments as the board reads them. */
export type PortArgs<M extends PortMethod> = z.output<(typeof PORT_ARGS)[M]>;

/** The schema of a method's arguments, typed for that method. */
export function argsSchema<M extends PortMethod>(method: M): z.ZodMiniType<PortArgs<M>> {
  // The compiler cannot follow a generic key into the table; the table itself is the proof.
  return PORT_ARGS[method] as unknown as z.ZodMiniType<PortArgs<M>>;
}
