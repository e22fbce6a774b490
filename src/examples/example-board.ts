import { ENGLISH_TEXTS } from "./english-texts";

/** Where the example board lives, from the repository's root: the README's quickstart reads it. */
export const EXAMPLE_BOARD_FILE = "examples/moving-broadband.json";

const SAMPLE_BOARD_ID = "uXjVKundresaFlytt=";
const BOARD_ID = "uXjVMovingBroadband=";
/** The most items `GET /v2/boards/{id}/items` returns a page. */
const PAGE_LIMIT = 50;

type Json = Record<string, unknown>;

/**
 * The example board: the playground's Swedish sample workshop in English, as the README's paging
 * loop saves a board: an array of the pages of `GET /v2/boards/{board_id}/items?limit=50`, each
 * with the cursor of the next but the last. Every text is replaced from ENGLISH_TEXTS; a text the
 * table lacks is an error, so no Swedish is left behind when the sample changes.
 */
export function exampleBoard(sample: { data: readonly Json[] }): Json[] {
  const items = sample.data.map(inEnglish);
  const pages: Json[] = [];
  for (let start = 0; start < items.length; start += PAGE_LIMIT) {
    const data = items.slice(start, start + PAGE_LIMIT);
    const next = items[start + PAGE_LIMIT]?.id as string | undefined;
    const query = (cursor: string | undefined) =>
      `https://api.miro.com/v2/boards/${BOARD_ID}/items?limit=${PAGE_LIMIT}${cursor ? `&cursor=${cursor}` : ""}`;
    const self = start === 0 ? undefined : (items[start]?.id as string);
    pages.push({
      data,
      total: items.length,
      size: data.length,
      limit: PAGE_LIMIT,
      ...(next ? { cursor: next } : {}),
      links: { self: query(self), ...(next ? { next: query(next) } : {}) },
      type: "cursor-list",
    });
  }
  return pages;
}

/** One item with its texts in English and its links on the example board. */
function inEnglish(item: Json): Json {
  const data = { ...(item.data as Json) };
  for (const key of ["content", "title"]) {
    const text = data[key];
    if (typeof text !== "string") continue;
    const english = ENGLISH_TEXTS[text];
    if (english === undefined) throw new Error(`no English for the sample's text ${text}`);
    data[key] = english;
  }
  const links = item.links as { self: string } | undefined;
  return {
    ...item,
    data,
    ...(links ? { links: { ...links, self: links.self.replace(SAMPLE_BOARD_ID, BOARD_ID) } } : {}),
  };
}
