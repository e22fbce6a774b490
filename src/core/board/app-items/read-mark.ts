import * as z from "zod/mini";
import { APP_MARK_SCHEMA_VERSION, type AppMark, AppMarkSchema, unknownMark } from "./app-mark";
import { MarkV1Schema, migrateMarkV1 } from "./mark-v1";

/**
 * The numbered migrations: entry n reads a version-n mark and returns it as version n + 1, or
 * null when it is not a valid version-n mark. A new version adds its schema and one entry here.
 */
const MIGRATIONS: Record<number, (mark: unknown) => unknown> = {
  1: (mark) => {
    const v1 = MarkV1Schema.safeParse(mark);
    return v1.success ? migrateMarkV1(v1.data) : null;
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a mark as a platform stores it (Miro metadata, FigJam plugin data parsed from JSON), of
 * any version, upgraded to the newest. Null only for what is not the app's: a mark is any object
 * with a whole `schemaVersion` of 1 or more, which every version writes and nothing else writes
 * where the app keeps its marks. A mark this version cannot read (broken, an unknown role, or
 * written by a newer version) comes back as an `unknown` mark: still the app's item, never a note.
 */
export function readMark(raw: unknown): AppMark | null {
  if (!isRecord(raw)) return null;
  const version = raw.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return null;
  const unknown = () => unknownMark(raw.key, raw.groupId ?? raw.templateId);
  if (version > APP_MARK_SCHEMA_VERSION) return unknown();
  let mark: unknown = raw;
  for (let at = version; at < APP_MARK_SCHEMA_VERSION; at++) {
    const migrate = MIGRATIONS[at];
    mark = migrate ? migrate(mark) : null;
    if (mark === null) return unknown();
  }
  const current = AppMarkSchema.safeParse(mark);
  return current.success ? current.data : unknown();
}

/**
 * A mark field as stored in a saved board or a message: any version, read as the newest by
 * `readMark`; null for nothing or for what is not the app's.
 */
export const StoredMarkSchema = z.pipe(z.unknown(), z.transform(readMark));
