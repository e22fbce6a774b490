import { extname } from "node:path";
import { cssRemoteFetches } from "./css-remote-fetches.ts";
import { htmlRemoteFetches, inlineScripts } from "./html-remote-fetches.ts";
import { jsRemoteFetches } from "./js-remote-fetches.ts";
import type { RemoteFetch } from "./remote-fetch.ts";

/** The file kinds the build checks for remote fetches, by extension. */
export const CHECKED_EXTENSIONS = new Set([".html", ".htm", ".svg", ".js", ".mjs", ".cjs", ".css"]);

/** The remote fetches in one built file, read as its extension says (unknown kinds: none). */
export function fileRemoteFetches(fileName: string, text: string): RemoteFetch[] {
  switch (extname(fileName).toLowerCase()) {
    case ".html":
    case ".htm":
    case ".svg":
      return [
        ...htmlRemoteFetches(text),
        ...inlineScripts(text).flatMap((code) => jsRemoteFetches(code, `${fileName}.js`)),
      ];
    case ".js":
    case ".mjs":
    case ".cjs":
      return jsRemoteFetches(text, fileName);
    case ".css":
      return cssRemoteFetches(text);
    default:
      return [];
  }
}
