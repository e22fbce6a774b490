import type { MiroItem } from "./miro-rest-schema";

type Json = Record<string, unknown>;

const RELATIVE_TO = new Set(["canvas_center", "parent_top_left", "parent_center"]);

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
const text = (value: unknown) => value === undefined || value === null || typeof value === "string";
/** The schema's z.number() takes finite numbers only; JSON.parse reads 1e999 as Infinity. */
const finite = (value: unknown) => typeof value === "number" && Number.isFinite(value);
const textOrNumber = (value: unknown) => text(value) || finite(value);
const number = (value: unknown) => value === undefined || finite(value);
const id = (value: unknown) => (typeof value === "string" && value.length > 0) || finite(value);

/**
 * MiroItemSchema's check written out by hand, for speed on boards of many thousand items: it
 * accepts only what the schema accepts, and returns what the schema would. Anything it does not
 * accept goes to the schema itself, which says what is wrong, so the schema stays the rule.
 */
export function fastMiroItem(raw: unknown): MiroItem | null {
  if (!isObject(raw) || !id(raw.id) || typeof raw.type !== "string" || raw.type === "") return null;
  const { data, style, position, geometry, parent } = raw;
  if (data != null) {
    if (!isObject(data) || !text(data.content) || !text(data.title)) return null;
    if (!text(data.description) || !text(data.shape)) return null;
  }
  if (style != null) {
    if (!isObject(style) || !text(style.fillColor) || !text(style.cardTheme)) return null;
    if (
      !text(style.textAlign) ||
      !textOrNumber(style.fontSize) ||
      !textOrNumber(style.fillOpacity)
    ) {
      return null;
    }
  }
  if (position != null) {
    if (!isObject(position) || !finite(position.x) || !finite(position.y)) {
      return null;
    }
    if (position.origin !== undefined && typeof position.origin !== "string") return null;
    if (position.relativeTo !== undefined && !RELATIVE_TO.has(position.relativeTo as string))
      return null;
  }
  if (geometry != null) {
    if (!isObject(geometry) || !number(geometry.width) || !number(geometry.height)) return null;
    if (!number(geometry.rotation)) return null;
  }
  if (parent != null && (!isObject(parent) || !id(parent.id))) return null;
  if (typeof raw.id === "string" && (parent == null || typeof parent.id === "string")) {
    return raw as MiroItem;
  }
  return {
    ...raw,
    id: String(raw.id),
    ...(parent != null ? { parent: { ...(parent as Json), id: String((parent as Json).id) } } : {}),
  } as MiroItem;
}
