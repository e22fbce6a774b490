import type { MiroItem } from "./miro-rest-schema";

/**
 * A connector's two ends, by item id, as Miro's connectors list gives them (`startItem.id`,
 * `endItem.id`; ids typed as numbers by older clients read as text), or null where either end
 * is missing.
 */
export function miroConnectorEnds(item: MiroItem): { from: string; to: string } | null {
  const from = endId(item.startItem);
  const to = endId(item.endItem);
  return from !== null && to !== null ? { from, to } : null;
}

function endId(end: unknown): string | null {
  if (typeof end !== "object" || end === null) return null;
  const id = (end as { id?: unknown }).id;
  if (typeof id === "string" && id !== "") return id;
  return typeof id === "number" && Number.isFinite(id) ? String(id) : null;
}

/**
 * An entry of Miro's connectors list as an item of type `connector`: the list's schema makes
 * `type` optional, so a connector may come without it, known by its two ends. Other entries
 * are returned as they are.
 */
export function withConnectorType(entry: unknown): unknown {
  if (typeof entry !== "object" || entry === null) return entry;
  const record = entry as Record<string, unknown>;
  if (record.type !== undefined || record.startItem === undefined || record.endItem === undefined)
    return entry;
  return { ...record, type: "connector" };
}
