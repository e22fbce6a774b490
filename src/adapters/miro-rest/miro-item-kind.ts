import type { ItemKind } from "../../core/model/note";

/** The kinds of Miro's item types, the same in its REST API and its Web SDK. */
const KINDS: Readonly<Record<string, ItemKind>> = {
  sticky_note: "sticky",
  shape: "shape",
  text: "text",
  frame: "frame",
  card: "card",
  app_card: "card",
  connector: "connector",
};

/** The board port's kind of a Miro item type; `other` for images and what the app does not read. */
export function miroItemKind(type: string): ItemKind {
  return Object.hasOwn(KINDS, type) ? (KINDS[type] as ItemKind) : "other";
}
