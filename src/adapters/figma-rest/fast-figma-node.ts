import type { FigmaNode, FigmaPaint } from "./figma-rest-schema";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** The schema's z.number() takes finite numbers only; JSON.parse reads 1e999 as Infinity. */
const finite = (value: unknown) => typeof value === "number" && Number.isFinite(value);
const optional = (value: unknown, type: string) =>
  value === undefined || (type === "number" ? finite(value) : typeof value === type);

/** Whether a paint is one FigmaPaintSchema accepts. */
export function paintOk(paint: unknown): paint is FigmaPaint {
  if (!isObject(paint) || typeof paint.type !== "string") return false;
  if (!optional(paint.opacity, "number") || !optional(paint.visible, "boolean")) return false;
  const colour = paint.color;
  if (colour === undefined) return true;
  return (
    isObject(colour) && finite(colour.r) && finite(colour.g) && finite(colour.b) && finite(colour.a)
  );
}

function boxOk(box: unknown): boolean {
  if (box === null || box === undefined) return true;
  return isObject(box) && finite(box.x) && finite(box.y) && finite(box.width) && finite(box.height);
}

function pluginDataOk(data: unknown): boolean {
  if (data === undefined) return true;
  if (!isObject(data)) return false;
  for (const namespace of Object.values(data)) {
    if (!isObject(namespace)) return false;
    for (const value of Object.values(namespace)) if (typeof value !== "string") return false;
  }
  return true;
}

/** A node's own fields checked, its children left to the caller. */
function fieldsOk(raw: unknown): raw is Json {
  if (!isObject(raw)) return false;
  if (
    typeof raw.id !== "string" ||
    raw.id === "" ||
    typeof raw.type !== "string" ||
    raw.type === ""
  ) {
    return false;
  }
  if (!optional(raw.name, "string") || !optional(raw.characters, "string")) return false;
  if (!optional(raw.rotation, "number") || !optional(raw.visible, "boolean")) return false;
  if (raw.fills !== undefined && !(Array.isArray(raw.fills) && raw.fills.every(paintOk)))
    return false;
  if (!boxOk(raw.absoluteBoundingBox) || !pluginDataOk(raw.sharedPluginData)) return false;
  return raw.children === undefined || Array.isArray(raw.children);
}

/**
 * FigmaNodeSchema's check written out by hand, for speed on boards of many thousand nodes: true
 * only for what the schema accepts, children included. When it says no, the schema itself reads
 * the file and says what is wrong, so the schema stays the rule. The tree is walked with a stack,
 * not recursion, so groups nested however deep are checked.
 */
export function fastFigmaNodeOk(raw: unknown): raw is FigmaNode {
  if (!fieldsOk(raw)) return false;
  // Lists of children still to check: one entry per node that holds others, not per node.
  const lists: unknown[][] = raw.children ? [raw.children as unknown[]] : [];
  for (let list = lists.pop(); list; list = lists.pop()) {
    for (const node of list) {
      if (!fieldsOk(node)) return false;
      if (node.children) lists.push(node.children as unknown[]);
    }
  }
  return true;
}
