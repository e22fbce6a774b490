import type { BoardItem } from "../../core/board/board-item";
import { escapeHtml, textToHtml } from "../../core/text/html-to-text";
import type { MiroItem, MiroPage } from "./miro-rest-schema";

const TYPES: Partial<Record<BoardItem["kind"], string>> = {
  sticky: "sticky_note",
  shape: "shape",
  text: "text",
  frame: "frame",
  card: "card",
};
const INK = "#1a1a1a";
/** Who made the items, as the REST API names a user. */
const AUTHOR = { id: "3458764600000000000", type: "user" };
const BOARD_ID = "uXjVJourneyMapper=";
/** Miro-like item ids: long digit strings, as the REST API hands them out. */
const FIRST_ID = 3458764600000000001n;

/**
 * Writes board items as one page of `GET /v2/boards/{id}/items`: the file a team gets from Miro's
 * REST API, and the one `analyze` reads. Children are placed relative to their frame's top-left
 * corner, as Miro does. A shape's outline is its `data.shape`, a card's first line its title and
 * the rest its description, its colour its `cardTheme`. The app's marks have no place in Miro's
 * REST items, so a file carries none. Ids become Miro-like digit strings unless `keepIds` is set.
 * Every item carries what the API adds (who made it and when, its link), as a real export does.
 */
export function writeMiroItems(
  items: readonly BoardItem[],
  options: { keepIds?: boolean; boardId?: string; at?: string } = {},
): MiroPage {
  const board = options.boardId ?? BOARD_ID;
  const at = options.at ?? new Date(0).toISOString();
  const ids = new Map(
    items.map((item, index) => [
      item.id,
      options.keepIds ? item.id : String(FIRST_ID + BigInt(index)),
    ]),
  );
  const byId = new Map(items.map((item) => [item.id, item]));
  const data = items.flatMap((item): MiroItem[] => {
    const type = TYPES[item.kind];
    if (!type) return [];
    // Only a parent that is written too can anchor a position; otherwise it is the board's.
    const found = item.parentId === null ? undefined : byId.get(item.parentId);
    const parent = found && TYPES[found.kind] ? found : undefined;
    const position = parent
      ? {
          x: item.x - (parent.x - parent.width / 2),
          y: item.y - (parent.y - parent.height / 2),
          origin: "center",
          relativeTo: "parent_top_left" as const,
        }
      : { x: item.x, y: item.y, origin: "center", relativeTo: "canvas_center" as const };
    return [
      {
        id: ids.get(item.id) ?? item.id,
        type,
        data: dataOf(item),
        style: styleOf(item),
        position,
        geometry: { width: item.width, height: item.height, rotation: item.rotation },
        ...(parent ? { parent: { id: ids.get(parent.id) ?? parent.id } } : {}),
        createdAt: at,
        createdBy: AUTHOR,
        modifiedAt: at,
        modifiedBy: AUTHOR,
        links: {
          self: `https://api.miro.com/v2/boards/${encodeURIComponent(board)}/items/${ids.get(item.id) ?? item.id}`,
        },
      },
    ];
  });
  return { data, total: data.length, size: data.length, limit: data.length, type: "cursor-list" };
}

function contentOf(item: BoardItem): string {
  const html = textToHtml(item.text);
  return item.style?.bold ? html.replace(/<p>(.+?)<\/p>/g, "<p><strong>$1</strong></p>") : html;
}

function dataOf(item: BoardItem): MiroItem["data"] {
  switch (item.kind) {
    case "frame":
      return { title: item.text, format: "custom", type: "freeform", showContent: true };
    case "sticky":
      return {
        content: contentOf(item),
        shape: item.width > item.height * 1.3 ? "rectangle" : "square",
      };
    case "shape":
      return { content: contentOf(item), shape: shapeOf(item) };
    case "card": {
      const [title = "", ...rest] = item.text.split("\n");
      return { title: escapeHtml(title), description: textToHtml(rest.join("\n")) };
    }
    default:
      return { content: contentOf(item) };
  }
}

/**
 * The shape's outline as Miro names it; `rectangle` when none is given. Miro's items have no
 * line, so a drawn line is the thin rectangle a team draws a rule with on a Miro board.
 */
function shapeOf(item: BoardItem): string {
  return !item.shape || item.shape === "line" ? "rectangle" : item.shape;
}

function styleOf(item: BoardItem): MiroItem["style"] {
  const textAlign = item.style?.textAlign ?? "center";
  const fontSize = String(item.style?.fontSize ?? 24);
  switch (item.kind) {
    case "sticky":
      // Miro has no sticky without a fill; it gives new ones light yellow.
      return { fillColor: item.fill ?? "light_yellow", textAlign, textAlignVertical: "top" };
    case "frame":
      return { fillColor: item.fill ?? "#ffffff" };
    case "text":
      return {
        color: INK,
        fillColor: item.fill ?? "transparent",
        fontFamily: "open_sans",
        fontSize,
        textAlign,
      };
    case "card":
      return { cardTheme: item.fill ?? "#2d9bf0" };
    default:
      return {
        fillColor: item.fill ?? "transparent",
        fillOpacity: item.fill ? "1.0" : "0.0",
        borderColor: INK,
        borderOpacity: "1.0",
        borderStyle: "normal",
        borderWidth: "2.0",
        color: INK,
        fontFamily: "open_sans",
        fontSize,
        textAlign,
        textAlignVertical: "middle",
      };
  }
}
