import { modeRgb, useMode } from "culori/fn";
import type { BoardItem } from "../../core/board/board-item";
import type { FigmaFile, FigmaNode } from "./figma-rest-schema";
import { MARK_KEY, MARK_NAMESPACE } from "./figma-rest-schema";

const TYPES: Partial<Record<BoardItem["kind"], string>> = {
  sticky: "STICKY",
  shape: "SHAPE_WITH_TEXT",
  text: "TEXT",
  frame: "SECTION",
  connector: "CONNECTOR",
};

/**
 * Writes board items as a FigJam file in the shape of Figma's REST API (`GET /v1/files/:key`):
 * one page, sections holding what sits in them, fills as 0..1 RGB, and the app's marks as shared
 * plugin data, as the REST API returns them with `plugin_data=shared`. Nodes carry the layer
 * fields the API returns (blend mode, render bounds, effects), as a real export does. Ids become Figma-like
 * (`1:23`) unless `keepIds` is set.
 */
export function writeFigmaFile(
  items: readonly BoardItem[],
  name: string,
  options: { keepIds?: boolean } = {},
): FigmaFile {
  const written = items.filter((item) => TYPES[item.kind]);
  const figmaId = (index: number) => `${Math.floor(index / 1000) + 1}:${(index % 1000) + 1}`;
  const ids = new Map(
    written.map((item, index) => [item.id, options.keepIds ? item.id : figmaId(index)]),
  );
  const nodes = new Map<string, FigmaNode>();
  const roots: FigmaNode[] = [];
  for (const item of written) nodes.set(item.id, nodeOf(item, ids.get(item.id) as string));
  for (const item of written) {
    const node = nodes.get(item.id) as FigmaNode;
    const parent = item.parentId === null ? undefined : nodes.get(item.parentId);
    if (parent?.type === "SECTION") parent.children = [...(parent.children ?? []), node];
    else roots.push(node);
  }
  return {
    name,
    editorType: "figjam",
    schemaVersion: 0,
    document: {
      id: "0:0",
      name: "Document",
      type: "DOCUMENT",
      children: [{ id: "0:1", name: "Page 1", type: "CANVAS", children: roots }],
    },
  };
}

function nodeOf(item: BoardItem, id: string): FigmaNode {
  const type = TYPES[item.kind] as string;
  const box = {
    x: item.x - item.width / 2,
    y: item.y - item.height / 2,
    width: item.width,
    height: item.height,
  };
  return {
    id,
    name: type === "SECTION" ? item.text : item.text.split("\n")[0] || type,
    type,
    scrollBehavior: "SCROLLS",
    blendMode: "PASS_THROUGH",
    ...(type === "SECTION" ? {} : { characters: item.text }),
    ...(type === "SECTION" ? { children: [] } : {}),
    fills: item.fill ? [solid(item.fill)] : [],
    absoluteBoundingBox: box,
    absoluteRenderBounds: box,
    effects: [],
    ...(type === "STICKY" ? { authorVisible: true } : {}),
    ...(item.mark
      ? { sharedPluginData: { [MARK_NAMESPACE]: { [MARK_KEY]: JSON.stringify(item.mark) } } }
      : {}),
  };
}

const toRgb = useMode(modeRgb);

function solid(css: string) {
  const colour = toRgb(css);
  return {
    blendMode: "NORMAL",
    type: "SOLID",
    color: { r: colour?.r ?? 1, g: colour?.g ?? 1, b: colour?.b ?? 1, a: 1 },
  };
}
