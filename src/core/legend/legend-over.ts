import type { Legend, LegendEntry } from "./legend";

/**
 * A legend laid over another: the colours `over` names take its meanings, every other colour
 * keeps the meaning `under` gives it. Layered default ← board's own ← user's file, a legend
 * that names two colours changes those two and leaves the rest as they were.
 */
export function legendOver(under: Legend, over: readonly LegendEntry[], name?: string): Legend {
  const named = new Set(over.map((entry) => entry.colour));
  return {
    schemaVersion: 1,
    name: name ?? under.name ?? "Legend",
    entries: [...over, ...under.entries.filter((entry) => !named.has(entry.colour))],
  };
}
