import type { AppMark } from "../../core/board/app-items/app-mark";
import type { BoardItem } from "../../core/board/board-item";
import { htmlToText } from "../../core/text/html-to-text";
import { miroItemKind } from "../miro-rest/miro-item-kind";
import {
  isAppCard,
  isCard,
  isConnector,
  isFrame,
  isPlaced,
  isShape,
  isSticky,
  isText,
  type MiroBoardItem,
} from "./miro-item-types";

const STATUSES = new Set(["to-do", "in-progress", "done"]);
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** What the view alone does not say: its centre on the board, its mark, its tags' titles. */
export interface ViewContext {
  centre: { x: number; y: number };
  mark: AppMark | null;
  tagTitle: (tagId: string) => string | undefined;
}

/**
 * An SDK item view as the board port's plain record, read as the REST reader reads Miro's
 * items: HTML content as text, a card's title and description as lines, no fill where none
 * shows (transparent, or opacity 0), a shape's outline (`right_arrow`), and a card's due date
 * and status, a connector's ends and a note's tags where the item has them.
 */
export function boardItemOf(view: MiroBoardItem, context: ViewContext): BoardItem {
  const placed = isPlaced(view);
  const record: BoardItem = {
    id: view.id,
    kind: miroItemKind(view.type),
    platformType: view.type,
    text: textOf(view),
    fill: fillOf(view),
    x: context.centre.x,
    y: context.centre.y,
    width: placed ? view.width : 0,
    height: placed ? view.height : 0,
    rotation: placed && "rotation" in view ? view.rotation : 0,
    parentId: view.parentId ?? null,
    mark: context.mark,
  };
  if (isShape(view) && view.shape) record.shape = String(view.shape).toLowerCase();
  if ((isShape(view) || isText(view)) && view.style.fontSize > 0) {
    record.style = { fontSize: view.style.fontSize };
  }
  if (isCard(view)) {
    record.due = view.dueDate && DATE.test(view.dueDate) ? view.dueDate.slice(0, 10) : null;
    if (STATUSES.has(view.taskStatus)) record.status = view.taskStatus as BoardItem["status"];
  }
  if (isConnector(view) && view.start?.item && view.end?.item) {
    record.ends = { from: view.start.item, to: view.end.item };
  }
  const tagIds = isSticky(view) || isCard(view) ? view.tagIds : [];
  const tags = (tagIds ?? []).flatMap((id) => context.tagTitle(id) ?? []);
  if (tags.length > 0) record.tags = tags;
  return record;
}

function textOf(view: MiroBoardItem): string {
  if (isSticky(view) || isShape(view) || isText(view)) return htmlToText(view.content ?? "");
  if (isFrame(view)) return view.title ?? "";
  if (isCard(view) || isAppCard(view)) {
    return [view.title, view.description]
      .map((part) => htmlToText(part ?? ""))
      .filter(Boolean)
      .join("\n");
  }
  return "";
}

function fillOf(view: MiroBoardItem): string | null {
  const visible = (fill: string | undefined) =>
    fill === undefined || fill === "" || fill === "transparent" ? null : fill;
  if (isSticky(view) || isFrame(view)) return visible(view.style?.fillColor);
  if (isShape(view) || isText(view)) {
    return view.style.fillOpacity <= 0 ? null : visible(view.style.fillColor);
  }
  if (isCard(view)) return visible(view.style?.cardTheme);
  return null;
}
