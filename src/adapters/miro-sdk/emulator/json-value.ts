import type { AppDataValue } from "@mirohq/websdk-types";

/**
 * A plain value as the JSON Miro stores: undefined fields dropped, as JSON drops them. Throws
 * for what JSON cannot hold (a function, a symbol, a bigint).
 */
export function jsonValue(value: unknown): AppDataValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value))
    return value.map((entry) => (entry === undefined ? null : jsonValue(entry)));
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, entry]) =>
        entry === undefined ? [] : [[key, jsonValue(entry)]],
      ),
    );
  }
  throw new Error(`A ${typeof value} cannot be stored as JSON`);
}
