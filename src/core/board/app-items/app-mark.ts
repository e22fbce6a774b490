import * as z from "zod/mini";
import { type ItemKey, keyText, parseItemKey } from "./item-key";
import { PartSchema, type WrittenPart } from "./parts";
import { ROLES_OF_PART, RoleSchema } from "./roles";

/** The version every writer writes; `readMark` upgrades older ones to it. */
export const APP_MARK_SCHEMA_VERSION = 2;

/** Longest key and group id a mark holds: a whole mark stays under Miro's 256 bytes. */
export const MARK_KEY_MAX = 100;
export const MARK_GROUP_MAX = 40;

/**
 * What the app writes on every item it creates (Miro item metadata, FigJam shared plugin data),
 * so it can find its own items again and never take a user's note for one. Version 2 names the
 * item's part and types its role, so no reader guesses from a key's prefix:
 * `{"schemaVersion":2,"part":"template","role":"cell","key":"cell:2:pain","groupId":"t-1a2b"}`.
 * The key is unique within its group and part; `parseItemKey` reads it.
 */
export const AppMarkSchema = z
  .object({
    schemaVersion: z.literal(APP_MARK_SCHEMA_VERSION),
    /** The template, write-back part or tidy copy the item belongs to. */
    part: PartSchema,
    role: RoleSchema,
    /** Stable from run to run, e.g. `cell:2:pain`; a re-run finds the item by it. */
    key: z.string().check(z.maxLength(MARK_KEY_MAX)),
    /** Which template or write-back on the board the item belongs to (a template id, `wb`...). */
    groupId: z.string().check(z.maxLength(MARK_GROUP_MAX)),
  })
  .check(
    z.refine(
      (mark) =>
        mark.role === "unknown"
          ? mark.part === "unknown"
          : ROLES_OF_PART[mark.part].includes(mark.role) &&
            parseItemKey(mark.key)?.role === mark.role &&
            mark.groupId !== "",
      "a mark's role must belong to its part, and its key must be that role's",
    ),
  );

export type AppMark = z.infer<typeof AppMarkSchema>;

/** The mark of a new item, in the newest version. Throws for a role its part does not hold. */
export function appMark(part: WrittenPart, key: ItemKey, groupId: string): AppMark {
  return AppMarkSchema.parse({
    schemaVersion: APP_MARK_SCHEMA_VERSION,
    part,
    role: key.role,
    key: keyText(key),
    groupId,
  });
}

/**
 * The mark of an item the app wrote but this version cannot read (an unknown role, a broken or
 * newer mark): still the app's item, with its key and group kept as far as they fit.
 */
export function unknownMark(key: unknown, groupId: unknown): AppMark {
  const text = (value: unknown, max: number) =>
    typeof value === "string" ? value.slice(0, max) : "";
  return {
    schemaVersion: APP_MARK_SCHEMA_VERSION,
    part: "unknown",
    role: "unknown",
    key: text(key, MARK_KEY_MAX),
    groupId: text(groupId, MARK_GROUP_MAX),
  };
}
