import type { ItemDraft } from "../../core/board/board-port";
import { escapeHtml, textToHtml } from "../../core/text/html-to-text";
import type {
  CardProps,
  ConnectorProps,
  FrameProps,
  MiroBoardApi,
  ShapeProps,
  StickyNoteProps,
  TextProps,
} from "./miro-api";
import { hexFill, stickyColour } from "./miro-fills";
import type { MiroBoardItem } from "./miro-item-types";

/** One SDK create call: which, and its props exactly as the SDK declares them. */
export type CreateRequest =
  | { call: "createStickyNote"; props: StickyNoteProps }
  | { call: "createShape"; props: ShapeProps }
  | { call: "createText"; props: TextProps }
  | { call: "createCard"; props: CardProps }
  | { call: "createFrame"; props: FrameProps }
  | { call: "createConnector"; props: ConnectorProps };

/** Wider than tall by this much, a sticky note is Miro's rectangle rather than its square. */
const RECTANGLE_RATIO = 1.3;

/** A draft's text as the HTML Miro's content takes: a paragraph a line, bold where styled. */
export function contentOf(draft: Pick<ItemDraft, "text" | "style">): string {
  const html = textToHtml(draft.text);
  return draft.style?.bold ? html.replace(/<p>(.+?)<\/p>/g, "<p><strong>$1</strong></p>") : html;
}

/** A card's first line as its title and the rest as its description, as the reader joins them. */
export function cardText(text: string): { title: string; description: string } {
  const [title = "", ...rest] = text.split("\n");
  return {
    title: escapeHtml(title),
    description: rest.length > 0 ? textToHtml(rest.join("\n")) : "",
  };
}

/**
 * The one SDK call that creates a draft, at its board centre. Miro keeps a sticky note's shape,
 * a card's and a text's height to their content, so those take their width only. `ends` are
 * a connector's items by board id.
 */
export function createRequest(
  draft: ItemDraft,
  ends: { from: string; to: string } | null,
): CreateRequest {
  const at = { x: draft.x, y: draft.y };
  const textAlign = draft.style?.textAlign;
  const fontSize = draft.style?.fontSize;
  switch (draft.kind) {
    case "sticky": {
      const fillColor = stickyColour(draft.fill);
      const shape = draft.width > draft.height * RECTANGLE_RATIO ? "rectangle" : "square";
      return {
        call: "createStickyNote",
        props: {
          ...at,
          width: draft.width,
          shape,
          content: contentOf(draft),
          style: { ...(fillColor ? { fillColor } : {}), ...(textAlign ? { textAlign } : {}) },
        },
      };
    }
    case "card":
      return {
        call: "createCard",
        props: {
          ...at,
          width: draft.width,
          ...cardText(draft.text),
          style: { cardTheme: hexFill(draft.fill, "card") },
          ...(draft.due ? { dueDate: draft.due } : {}),
          taskStatus: draft.status ?? "to-do",
        },
      };
    case "text":
      return {
        call: "createText",
        props: {
          ...at,
          width: draft.width,
          content: contentOf(draft),
          style: {
            fillColor: hexFill(draft.fill, "text"),
            ...(fontSize ? { fontSize } : {}),
            ...(textAlign ? { textAlign } : {}),
          },
        },
      };
    case "frame":
      return {
        call: "createFrame",
        props: {
          ...at,
          width: draft.width,
          height: draft.height,
          title: draft.text,
          style: { fillColor: hexFill(draft.fill, "frame") },
        },
      };
    case "connector":
      if (!ends) throw new Error(`draft ${draft.ref}: a connector needs the items it joins`);
      return {
        call: "createConnector",
        props: { start: { item: ends.from }, end: { item: ends.to } },
      };
    case "shape":
      return {
        call: "createShape",
        props: {
          ...at,
          width: draft.width,
          height: draft.height,
          shape: "rectangle",
          content: contentOf(draft),
          style: {
            fillColor: hexFill(draft.fill, "shape"),
            fillOpacity: draft.fill === null ? 0 : 1,
            ...(fontSize ? { fontSize } : {}),
            ...(textAlign ? { textAlign } : {}),
          },
        },
      };
  }
}

/** Sends a create request to the board. */
export function sendCreate(api: MiroBoardApi, request: CreateRequest): Promise<MiroBoardItem> {
  switch (request.call) {
    case "createStickyNote":
      return api.createStickyNote(request.props);
    case "createShape":
      return api.createShape(request.props);
    case "createText":
      return api.createText(request.props);
    case "createCard":
      return api.createCard(request.props);
    case "createFrame":
      return api.createFrame(request.props);
    case "createConnector":
      return api.createConnector(request.props);
  }
}
