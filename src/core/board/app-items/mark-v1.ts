import * as z from "zod/mini";
import { type AppMark, AppMarkSchema, unknownMark } from "./app-mark";
import { type ItemKey, keyText, parseItemKey } from "./item-key";
import type { WrittenPart } from "./parts";
import { isTemplateRole } from "./roles";

/**
 * Version 1 of the mark, frozen as the first releases wrote it: a free-text role, and a key
 * whose prefix told a write-back's items apart (`summary:1`, `curve:point:2`, `tidy:cell:0:pain`).
 */
export const MarkV1Schema = z.object({
  schemaVersion: z.literal(1),
  role: z.string().check(z.minLength(1), z.maxLength(40)),
  key: z.string().check(z.minLength(1), z.maxLength(80)),
  templateId: z.string().check(z.minLength(1), z.maxLength(40)),
});
export type MarkV1 = z.infer<typeof MarkV1Schema>;

/** A version-1 key of a write-back item, read by its role; null when it is not that role's. */
function writeBackKey(role: string, key: string): { part: WrittenPart; key: ItemKey } | null {
  const stage = (pattern: RegExp) => {
    const found = pattern.exec(key);
    return found ? Number(found[1]) : null;
  };
  const rest = (prefix: string) => (key.startsWith(prefix) ? key.slice(prefix.length) : "");
  switch (role) {
    case "headline":
      return key === "headline" ? { part: "summaries", key: { role } } : null;
    case "stage-summary": {
      const at = stage(/^summary:(\d+)$/);
      return at === null ? null : { part: "summaries", key: { role, stage: at } };
    }
    case "emotion-point": {
      const at = stage(/^curve:point:(\d+)$/);
      return at === null ? null : { part: "curve", key: { role, stage: at } };
    }
    case "emotion-line": {
      const found = /^curve:line:curve:point:(\d+)>curve:point:(\d+)$/.exec(key);
      return found
        ? { part: "curve", key: { role, from: Number(found[1]), to: Number(found[2]) } }
        : null;
    }
    case "emotion-label":
      return key === "curve:label" ? { part: "curve", key: { role } } : null;
    case "actions-area":
      return key === "actions" ? { part: "actions", key: { role } } : null;
    case "action":
      return rest("action:") ? { part: "actions", key: { role, actionId: rest("action:") } } : null;
    case "tidy-note":
      return rest("tidy:note:")
        ? { part: "tidy", key: { role, noteId: rest("tidy:note:") } }
        : null;
    case "tidy-tray":
      return key === "tidy:tray" ? { part: "tidy", key: { role } } : null;
    default:
      return null;
  }
}

/** Where a version-1 mark belongs: its part and its key as version 2 writes it. */
function partAndKey(mark: MarkV1): { part: WrittenPart; key: ItemKey } | null {
  if (isTemplateRole(mark.role)) {
    const key = parseItemKey(mark.key);
    return key?.role === mark.role ? { part: "template", key } : null;
  }
  const tidyRole = mark.role.startsWith("tidy-") ? mark.role.slice("tidy-".length) : "";
  if (isTemplateRole(tidyRole)) {
    // The tidy copy's grid: the template's roles and keys, prefixed with `tidy`.
    const key = mark.key.startsWith("tidy:") ? parseItemKey(mark.key.slice("tidy:".length)) : null;
    return key?.role === tidyRole ? { part: "tidy", key } : null;
  }
  return writeBackKey(mark.role, mark.key);
}

/**
 * Migration 1 -> 2: the part made explicit, the role checked against the closed set, the key
 * rewritten in version 2's form (`summary:1` -> `stage-summary:1`, `tidy:cell:0:pain` -> part
 * `tidy`, key `cell:0:pain`), `templateId` renamed `groupId` (it named write-backs too).
 *
 * A role or key version 2 does not know becomes an `unknown` mark that keeps the old key and
 * group: the item stays the app's (never read as a user's note, so reconstruction skips it and
 * the port still lets the app change or remove it), but no plan claims it, since nothing says
 * which part it was; a user removes it like any item, or a later migration that knows the role
 * reads it again from the board, where the version-1 mark stays as written.
 */
export function migrateMarkV1(mark: MarkV1): AppMark {
  const found = partAndKey(mark);
  if (!found) return unknownMark(mark.key, mark.templateId);
  const upgraded = AppMarkSchema.safeParse({
    schemaVersion: 2,
    part: found.part,
    role: found.key.role,
    key: keyText(found.key),
    groupId: mark.templateId,
  });
  return upgraded.success ? upgraded.data : unknownMark(mark.key, mark.templateId);
}
