import { readMark } from "../../core/board/app-items/read-mark";
import type { BoardItem } from "../../core/board/board-item";
import type { ItemKind } from "../../core/model/note";
import { formatPath, issueText, type Parsed } from "../../core/model/parse-outside";
import { fastFigmaNodeOk } from "./fast-figma-node";
import { addDetails, DETAILED } from "./figma-node-details";
import { hexOfPaints } from "./figma-paints";
import {
  type FigmaFile,
  FigmaFileSchema,
  type FigmaNode,
  MARK_KEY,
  MARK_NAMESPACE,
} from "./figma-rest-schema";
import { tableCellItems } from "./read-figma-table";

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
 * what it holds. A shape's `shapeType` is its outline (`chevron`); a table is followed by its
 * cells that hold text, each with its row and column; a stamp's text is its name (`Thumbs up`);
 * lines drawn on the board are shapes of outline `line`; a connector's ends are the nodes it
 * holds on to. Marks come from shared plugin data when
 * the file was fetched with `plugin_data=shared`.
 */
export function readFigmaFile(json: unknown): Parsed<FigmaBoardRead> {
  const parsed = fastFigmaFile(json) ?? FigmaFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${formatPath(issue.path)}: ${issueText(issue)}`);
    return { ok: false, error: `This Figma file cannot be read:\n${problems.join("\n")}` };
  }
  const pages = pagesOf(parsed.data.document.children);
  const withNotes = pages
    .map((page) => ({ page, count: countStickies(page) }))
    .filter(({ count }) => count > 0);
  const page = withNotes[0]?.page ?? pages[0];
  const warnings = withNotes.slice(1).map(({ page: other, count }) => {
    return `page "${other.name ?? other.id}" also has ${count} sticky ${count === 1 ? "note" : "notes"}; only page "${page?.name ?? page?.id}" is read`;
  });
  const items: BoardItem[] = [];
  if (page) collect(page.children ?? [], null, items, warnings);
  return { ok: true, value: { name: parsed.data.name ?? null, items, warnings } };
}

/**
 * The document's pages. Nodes set straight in the document, on no page (Figma's API never
 * writes them so, a hand-made file may), are read as one page of their own, not dropped.
 */
function pagesOf(children: FigmaNode[]): FigmaNode[] {
  if (children.every((child) => child.type === "CANVAS")) return children;
  const strays = children.filter((child) => child.type !== "CANVAS");
  const page: FigmaNode = { id: "(no page)", type: "CANVAS", name: "(no page)", children: strays };
  return [...children.filter((child) => child.type === "CANVAS"), page];
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

function countStickies(page: FigmaNode): number {
  let count = 0;
  const lists: FigmaNode[][] = [[page]];
  for (let list = lists.pop(); list; list = lists.pop()) {
    for (const node of list) {
      if (node.type === "STICKY") count++;
      if (node.children) lists.push(node.children);
    }
  }
  return count;
}

/**
 * The page's nodes as items, in the file's order, each after the node holding it. Walked with a
 * stack, not recursion, so nodes nested however deep are read.
 */
function collect(
  nodes: readonly FigmaNode[],
  parentId: string | null,
  items: BoardItem[],
  warnings: string[],
): void {
  // One frame per list of children being read, where it has got to, and the parent its items take.
  const frames: { list: readonly FigmaNode[]; next: number; parentId: string | null }[] = [
    { list: nodes, next: 0, parentId },
  ];
  const push = (list: readonly FigmaNode[], parent: string | null) =>
    frames.push({ list, next: 0, parentId: parent });
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    if (frame.next >= frame.list.length) {
      frames.pop();
      continue;
    }
    const node = frame.list[frame.next++] as FigmaNode;
    const parentId = frame.parentId;
    if (GROUPING.has(node.type)) {
      if (node.children) push(node.children, parentId);
      continue;
    }
    const box = node.absoluteBoundingBox;
    if (!box && node.type !== "STICKY") {
      warnings.push(`${node.type.toLowerCase()} ${node.id} has no position and is left out`);
      continue;
    }
    const kind = KINDS[node.type] ?? "other";
    const item: BoardItem = {
      id: node.id,
      kind,
      platformType: node.type,
      text: kind === "frame" ? (node.name ?? "") : (node.characters ?? ""),
      fill: hexOfPaints(node.fills),
      x: box ? box.x + box.width / 2 : 0,
      y: box ? box.y + box.height / 2 : 0,
      width: box?.width ?? 0,
      height: box?.height ?? 0,
      rotation: node.rotation ?? 0,
      parentId,
      mark: markOf(node),
    };
    // Set after the literal, not spread into it: every item then shares one shape, which keeps
    // reading 50,000 of them fast.
    if (!box) item.noPosition = true;
    items.push(item);
    // Stickies, the most of a board by far, say nothing more: only the few others are looked at.
    if (kind === "sticky") continue;
    if (box && DETAILED.has(node.type)) addDetails(item, node, box);
    if (node.type === "TABLE") {
      items.push(...tableCellItems(node, parentId, warnings));
      continue;
    }
    if (node.children) push(node.children, item.kind === "frame" ? node.id : parentId);
  }
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
