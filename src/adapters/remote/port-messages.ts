import * as z from "zod/mini";
import { PORT_METHOD_NAMES } from "./port-methods";
import { PlatformSchema } from "./port-values";

/**
 * The messages between a panel and the board's host, declared once. Every type starts with
 * `jm-`, which tags them as ours among whatever else a window receives.
 *
 * panel -> host: `jm-request` (call a port method), `jm-cancel` (stop a batch between batches),
 *   `jm-hello` without a platform (who are you?).
 * host -> panel: `jm-response` (the result, or the error by name), `jm-progress` (after each
 *   batch of the host), `jm-selection` (the user's selection changed), `jm-hello` with the
 *   host's platform (sent when the host starts and in answer to the panel's hello).
 */
const CallIdSchema = z.string().check(z.minLength(1), z.maxLength(100));
const CountSchema = z.number().check(z.int(), z.minimum(0));

export const RequestSchema = z.object({
  type: z.literal("jm-request"),
  id: CallIdSchema,
  method: z.enum(PORT_METHOD_NAMES),
  /** Checked against the method's own schema (PORT_ARGS) once the method is known. */
  args: z.array(z.unknown()),
});

export const CancelSchema = z.object({ type: z.literal("jm-cancel"), id: CallIdSchema });

export const HelloSchema = z.object({
  type: z.literal("jm-hello"),
  platform: z.optional(PlatformSchema),
});

/** An error by name, with the fields the port's own error classes carry. */
export const WireErrorSchema = z.object({
  name: z.string(),
  message: z.string(),
  /** The items an error is about; of an incomplete write, those it left unmarked. */
  itemIds: z.optional(z.array(z.string())),
  containerId: z.optional(z.string()),
  done: z.optional(CountSchema),
  /**
   * An incomplete write's count of changes asked for; the first line of what stopped it, or of
   * why the board is unavailable.
   */
  total: z.optional(CountSchema),
  reason: z.optional(z.string()),
});
export type WireError = z.infer<typeof WireErrorSchema>;

export const ResponseSchema = z.union([
  z.object({
    type: z.literal("jm-response"),
    id: CallIdSchema,
    ok: z.literal(true),
    result: z.unknown(),
  }),
  z.object({
    type: z.literal("jm-response"),
    id: CallIdSchema,
    ok: z.literal(false),
    error: WireErrorSchema,
  }),
]);

export const ProgressSchema = z.object({
  type: z.literal("jm-progress"),
  id: CallIdSchema,
  done: CountSchema,
  total: CountSchema,
});

export const SelectionSchema = z.object({
  type: z.literal("jm-selection"),
  ids: z.array(z.string()),
});

/**
 * The type of every message of ours, either way: each end reads a message of the other way
 * without a word, and refuses a `jm-` type not listed here. Plain names, so that a panel knows
 * the host's messages without carrying their schemas.
 */
export const MESSAGE_TYPES = [
  "jm-request",
  "jm-cancel",
  "jm-hello",
  "jm-response",
  "jm-progress",
  "jm-selection",
] as const;
type MessageType = (typeof MESSAGE_TYPES)[number];

/** What the host reads. */
export const HOST_BOUND = {
  "jm-request": RequestSchema,
  "jm-cancel": CancelSchema,
  "jm-hello": HelloSchema,
} satisfies Partial<Record<MessageType, z.ZodMiniType>>;

/** What the panel reads. */
export const PANEL_BOUND = {
  "jm-response": ResponseSchema,
  "jm-progress": ProgressSchema,
  "jm-selection": SelectionSchema,
  "jm-hello": HelloSchema,
} satisfies Partial<Record<MessageType, z.ZodMiniType>>;

export type HostBoundMessage = z.output<(typeof HOST_BOUND)[keyof typeof HOST_BOUND]>;
export type PanelBoundMessage = z.output<(typeof PANEL_BOUND)[keyof typeof PANEL_BOUND]>;
