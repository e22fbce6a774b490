import * as z from "zod/mini";
import type { BoardItem } from "../../core/board/board-item";
import { formatPath, issueText, type Parsed } from "../../core/model/parse-outside";
import { htmlToText } from "../../core/text/html-to-text";
import { fastMiroItem } from "./fast-miro-item";
import { miroConnectorEnds, withConnectorType } from "./miro-connector-ends";
import { miroItemKind } from "./miro-item-kind";
import { type MiroItem, MiroItemSchema } from "./miro-rest-schema";

/** The items of a Miro REST file as plain records, and what could not be read exactly. */
export interface MiroBoardRead {
  items: BoardItem[];
  warnings: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether the JSON has the shape of a Miro items file (one page, pages, or bare items). */
export function looksLikeMiroItems(json: unknown): boolean {
  if (isRecord(json)) return Array.isArray(json.data);
  return (
    Array.isArray(json) &&
    json.every((entry) => isRecord(entry) && (Array.isArray(entry.data) || "type" in entry))
  );
}

/**
 * Reads `GET /v2/boards/{id}/items` output: one page `{ data }`, an array of pages, or a bare
 * array of items. Positions become board coordinates of each item's centre; a shape's
 * `data.shape` is its outline (`right_arrow`); a card's text is its title, a line, then its
 * description, and its `cardTheme` its colour. Miro's items list has no tables.
 */
export function readMiroItems(json: unknown): Parsed<MiroBoardRead> {
  const collected = collectItems(json);
  if (!collected.ok) return collected;
  const items = collected.value;
  const warnings: string[] = [];
  // Only items in frames need their frame looked up; most boards have few of them.
  let byIdCache: Map<string, MiroItem> | null = null;
  const byId = () => {
    if (!byIdCache) byIdCache = new Map(items.map((item) => [item.id, item]));
    return byIdCache;
  };
  const centres = new Map<string, { x: number; y: number }>();

  /** An item's centre, its parent's being known already (or missing, or in a loop). */
  const resolve = (item: MiroItem): { x: number; y: number } => {
    const position = item.position ?? { x: 0, y: 0 };
    let centre = { x: position.x, y: position.y };
    const parentId = holderOf(item);
    if (parentId) {
      const parent = byId().get(parentId);
      const origin = parent && centres.get(parent.id);
      if (!parent || !origin) {
        warnings.push(
          parent
            ? `item ${item.id} sits in frames that hold each other in a loop; its position is read as if on the board itself`
            : `item ${item.id} sits in ${parentId}, which is not in the file; its position is read as if on the board itself`,
        );
      } else {
        const offset =
          position.relativeTo !== "parent_center"
            ? { x: (parent.geometry?.width ?? 0) / 2, y: (parent.geometry?.height ?? 0) / 2 }
            : { x: 0, y: 0 };
        centre = { x: origin.x - offset.x + position.x, y: origin.y - offset.y + position.y };
      }
    }
    centres.set(item.id, centre);
    return centre;
  };

  /**
   * An item's centre, its frames' first: the chain of parents is walked up with a loop, not
   * recursion, to the first whose centre is known, so frames nested however deep are read,
   * and a frame met twice closes a loop.
   */
  const centreOf = (item: MiroItem): { x: number; y: number } => {
    const chain: MiroItem[] = [];
    const met = new Set<string>();
    for (let at: MiroItem | undefined = item; at && !centres.has(at.id) && !met.has(at.id); ) {
      chain.push(at);
      met.add(at.id);
      const parentId = holderOf(at);
      at = parentId ? byId().get(parentId) : undefined;
    }
    for (let i = chain.length - 1; i > 0; i--) resolve(chain[i] as MiroItem);
    return centres.get(item.id) ?? resolve(item);
  };

  const records: BoardItem[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as MiroItem;
    // Most items sit on the board itself: their position is their centre already.
    const centre = holderOf(item) ? centreOf(item) : (item.position ?? { x: 0, y: 0 });
    const geometry = item.geometry;
    const record: BoardItem = {
      id: item.id,
      kind: miroItemKind(item.type),
      platformType: item.type,
      text: textOf(item),
      fill: fillOf(item),
      x: centre.x,
      y: centre.y,
      width: geometry?.width ?? 0,
      height: geometry?.height ?? 0,
      rotation: geometry?.rotation ?? 0,
      parentId: item.parent?.id ?? null,
      mark: null,
    };
    if (!item.position && item.type === "sticky_note") record.noPosition = true;
    // A sticky's data.shape is only its square or wide form: the outline is a shape's.
    if (item.type === "shape" && item.data?.shape) record.shape = item.data.shape.toLowerCase();
    const ends = item.type === "connector" ? miroConnectorEnds(item) : null;
    if (ends) record.ends = ends;
    const fontSize = item.style?.fontSize == null ? Number.NaN : Number(item.style.fontSize);
    if (fontSize > 0 && Number.isFinite(fontSize)) record.style = { fontSize };
    records[i] = record;
  }
  return { ok: true, value: { items: records, warnings } };
}

/**
 * The frame an item's position is measured from (its top-left corner unless `relativeTo` says
 * its centre), or undefined when the position is the board's own: no parent, or `canvas_center`.
 */
function holderOf(item: MiroItem): string | undefined {
  const parentId = item.parent?.id;
  return parentId && item.position?.relativeTo !== "canvas_center" ? parentId : undefined;
}

/** The fill as stored, or null where there is none to see (transparent, or opacity 0). */
function fillOf(item: MiroItem): string | null {
  const style = item.style;
  if (!style) return null;
  if (style.fillOpacity != null && Number(style.fillOpacity) <= 0) return null;
  return style.fillColor ?? style.cardTheme ?? null;
}

function textOf(item: MiroItem): string {
  const data = item.data;
  if (!data) return "";
  if (item.type === "frame") return data.title ?? "";
  if (item.type === "card" || item.type === "app_card") {
    return [data.title, data.description]
      .map((part) => htmlToText(part ?? ""))
      .filter(Boolean)
      .join("\n");
  }
  return htmlToText(data.content ?? "");
}

const SHAPES_ACCEPTED =
  'expected a page { "data": [...] }, an array of pages, or an array of items';

/** The item lists of the file, each with the path where it sits, for messages. */
function itemLists(json: unknown): { path: (string | number)[]; items: unknown }[] | null {
  if (isRecord(json))
    return Array.isArray(json.data) ? [{ path: ["data"], items: json.data }] : null;
  if (!Array.isArray(json)) return null;
  if (json.length > 0 && json.every((entry) => isRecord(entry) && Array.isArray(entry.data))) {
    return json.map((page, index) => ({ path: [index, "data"], items: page.data }));
  }
  return [{ path: [], items: json }];
}

function collectItems(json: unknown): Parsed<MiroItem[]> {
  const lists = itemLists(json);
  if (!lists) {
    return { ok: false, error: `This is not a Miro REST items file: ${SHAPES_ACCEPTED}.` };
  }
  const items: MiroItem[] = [];
  for (const list of lists) {
    const raw = list.items as unknown[];
    const before = items.length;
    for (const entry of raw) {
      const item = fastMiroItem(withConnectorType(entry));
      if (item === null) break;
      items.push(item);
    }
    if (items.length - before === raw.length) continue;
    items.length = before;
    const parsed = z.array(MiroItemSchema).safeParse(raw.map(withConnectorType));
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 3).map((issue) => {
        return `${formatPath([...list.path, ...issue.path])}: ${issueText(issue)}`;
      });
      return {
        ok: false,
        error: `This Miro REST items file has an item it cannot read:\n${problems.join("\n")}`,
      };
    }
    items.push(...parsed.data);
  }
  return { ok: true, value: items };
}
