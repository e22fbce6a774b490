import { type RemoteFetch, remoteFetches } from "./remote-fetch.ts";

const COMMENT = /\/\*[\s\S]*?\*\//g;
const URL_FUNCTION = /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi;
const IMPORT_STRING = /@import\s+(?:"([^"]*)"|'([^']*)')/gi;
const IMAGE_SET = /\b(?:-webkit-)?image-set\(([^)]*)\)/gi;
const QUOTED = /"([^"]*)"|'([^']*)'/g;

/**
 * The remote addresses a style sheet would fetch: `url(...)`, `@import "..."` and the strings
 * of `image-set(...)`. Comments are not read.
 */
export function cssRemoteFetches(css: string): RemoteFetch[] {
  const source = css.replace(COMMENT, "");
  return [
    ...remoteFetches(captures(source, URL_FUNCTION), "url()"),
    ...remoteFetches(captures(source, IMPORT_STRING), "@import"),
    ...remoteFetches(
      captures(source, IMAGE_SET).flatMap((list) => captures(list, QUOTED)),
      "image-set()",
    ),
  ];
}

function captures(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].map(
    (match) => match.slice(1).find((g) => g !== undefined) ?? "",
  );
}
