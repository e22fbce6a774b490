import { readMark } from "../../core/board/app-items/read-mark";
import type { BoardItem } from "../../core/board/board-item";
import type { ItemKind } from "../../core/model/note";
import { formatPath, type Parsed } from "../../core/model/parse-outside";
import { fastFigmaNodeOk } from "./fast-figma-node";
import {
  type FigmaFile,
  FigmaFileSchema,
  type FigmaNode,
  type FigmaPaint,
  MARK_KEY,
  MARK_NAMESPACE,
} from "./figma-rest-schema";

const KINDS: Record<string, ItemKind> = {
  STICKY: "sticky",
  SHAPE_WITH_TEXT: "shape",
  TEXT: "text",
  SECTION: "frame",
  FRAME: "frame",
  CONNECTOR: "connector",
};
/** Nodes that only group others: their children are read, they themselves are not items. */
const GROUPING = new Set(["GROUP", "CANVAS"]);

export interface FigmaBoardRead {
  name: string | null;
  items: BoardItem[];
  warnings: string[];
}

/** Whether the JSON has the shape of a Figma REST file. */
export function looksLikeFigmaFile(json: unknown): boolean {
  const document = (json as { document?: { type?: unknown } } | null)?.document;
  return typeof document === "object" && document !== null && document.type === "DOCUMENT";
}

/**
 * Reads a FigJam file from Figma's REST API (`GET /v1/files/:key`). Reads the first page that has
 * sticky notes; positions become centres in the page's coordinates; a section is the parent of
 * what it holds. Marks come from shared plugin data when the file was fetched with
 * `plugin_data=shared`.
 */
export function readFigmaFile(json: unknown): Parsed<FigmaBoardRead> {
  const parsed = fastFigmaFile(json) ?? FigmaFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    return { ok: false, error: `This Figma file cannot be read:\n${problems.join("\n")}` };
  }
  const pages = parsed.data.document.children;
  const withNotes = pages.filter((page) => countStickies(page) > 0);
  const page = withNotes[0] ?? pages[0];
  const warnings = withNotes.slice(1).map((other) => {
    const count = countStickies(other);
    return `page "${other.name ?? other.id}" also has ${count} sticky ${count === 1 ? "note" : "notes"}; only page "${page?.name ?? page?.id}" is read`;
  });
  const items: BoardItem[] = [];
  if (page) collect(page.children ?? [], null, items, warnings);
  return { ok: true, value: { name: parsed.data.name ?? null, items, warnings } };
}

/** The file as the schema would read it, when the fast check finds nothing amiss. */
function fastFigmaFile(json: unknown): { success: true; data: FigmaFile } | null {
  const document = (json as { document?: { type?: unknown; children?: unknown } } | null)?.document;
  if (document?.type !== "DOCUMENT" || !Array.isArray(document.children)) return null;
  const name = (json as { name?: unknown }).name;
  if (name !== undefined && typeof name !== "string") return null;
  const editorType = (json as { editorType?: unknown }).editorType;
  if (editorType !== undefined && typeof editorType !== "string") return null;
  if (!document.children.every(fastFigmaNodeOk)) return null;
  return { success: true, data: json as FigmaFile };
}

function countStickies(node: FigmaNode): number {
  let count = node.type === "STICKY" ? 1 : 0;
  for (const child of node.children ?? []) count += countStickies(child);
  return count;
}

function collect(
  nodes: readonly FigmaNode[],
  parentId: string | null,
  items: BoardItem[],
  warnings: string[],
): void {
  for (const node of nodes) {
    if (GROUPING.has(node.type)) {
      collect(node.children ?? [], parentId, items, warnings);
      continue;
    }
    const box = node.absoluteBoundingBox;
    if (!box && node.type !== "STICKY") {
      warnings.push(`${node.type.toLowerCase()} ${node.id} has no position and is left out`);
      continue;
    }
    const kind = KINDS[node.type] ?? "other";
    items.push({
      id: node.id,
      kind,
      platformType: node.type,
      text: kind === "frame" ? (node.name ?? "") : (node.characters ?? ""),
      fill: fillOf(node.fills),
      x: box ? box.x + box.width / 2 : 0,
      y: box ? box.y + box.height / 2 : 0,
      width: box?.width ?? 0,
      height: box?.height ?? 0,
      rotation: node.rotation ?? 0,
      parentId,
      mark: markOf(node),
      ...(box ? {} : { noPosition: true as const }),
    });
    if (node.children)
      collect(node.children, kind === "frame" ? node.id : parentId, items, warnings);
  }
}

/** Two hex digits for every byte, made once. */
const HEX = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, "0").toUpperCase(),
);

function byteOf(channel: number): number {
  return Math.round(Math.min(1, Math.max(0, channel)) * 255);
}

/** Fills as hex, one string per colour: a board repeats a handful of fills many times. */
const FILLS = new Map<number, string>();

function fillOf(fills: readonly FigmaPaint[] | undefined): string | null {
  if (!fills) return null;
  for (const fill of fills) {
    if (fill.type !== "SOLID" || fill.visible === false || !fill.color) continue;
    const key = byteOf(fill.color.r) * 65536 + byteOf(fill.color.g) * 256 + byteOf(fill.color.b);
    let hex = FILLS.get(key);
    if (hex === undefined) {
      hex = `#${HEX[key >> 16]}${HEX[(key >> 8) & 255]}${HEX[key & 255]}`;
      FILLS.set(key, hex);
    }
    return hex;
  }
  return null;
}

function markOf(node: FigmaNode): BoardItem["mark"] {
  const raw = node.sharedPluginData?.[MARK_NAMESPACE]?.[MARK_KEY];
  if (!raw) return null;
  try {
    return readMark(JSON.parse(raw));
  } catch {
    return null;
  }
}
