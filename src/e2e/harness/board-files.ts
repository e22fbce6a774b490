import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { RESULTS_DIR } from "./e2e-paths";

/** A Miro REST item as `GET /v2/boards/{id}/items` gives it, with only the fields the app reads. */
export interface MiroRestItem {
  id: string;
  type: string;
  data: Record<string, string>;
  style: Record<string, string>;
  position: { x: number; y: number; origin: "center"; relativeTo: "canvas_center" };
  geometry: { width: number; height: number };
}

/** Where an item sits on the canvas: its centre and its size. */
export interface Place {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

const placed = ({ x, y, width = 200, height = 200 }: Place) => ({
  position: { x, y, origin: "center" as const, relativeTo: "canvas_center" as const },
  geometry: { width, height },
});

/** A Miro frame with its title. */
export function miroFrame(id: string, title: string, place: Place): MiroRestItem {
  return {
    id,
    type: "frame",
    data: { title, format: "custom", type: "freeform" },
    style: { fillColor: "#ffffff" },
    ...placed(place),
  };
}

/**
 * A Miro sticky note. `content` is Miro's HTML, exactly as the REST API returns it: what a
 * person typed is entity-escaped (`&lt;b&gt;`), formatting is tags (`<b>`).
 */
export function miroSticky(
  id: string,
  content: string,
  fillColor: string,
  place: Place,
): MiroRestItem {
  return {
    id,
    type: "sticky_note",
    data: { content, shape: "square" },
    style: { fillColor },
    ...placed(place),
  };
}

/** A Miro text item: what a person typed on the board, outside any note. */
export function miroText(id: string, content: string, place: Place): MiroRestItem {
  return {
    id,
    type: "text",
    data: { content },
    style: {},
    ...placed({ width: 300, height: 60, ...place }),
  };
}

/** One page of Miro's items list holding every item. */
export function miroItemsPage(items: readonly MiroRestItem[]) {
  return { data: items, total: items.length, size: items.length, limit: 50, type: "cursor-list" };
}

/** Writes JSON (or text) as a file a person could pick, under the results folder; returns its path. */
export async function writeBoardFile(name: string, content: unknown): Promise<string> {
  const folder = join(RESULTS_DIR, "boards");
  await mkdir(folder, { recursive: true });
  const path = join(folder, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}
