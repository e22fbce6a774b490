import { posix } from "node:path";
import { htmlElements } from "./html-elements.ts";

/** The JavaScript a built HTML page names: script files (relative to the output folder) and inline code. */
export interface PageScripts {
  files: string[];
  inline: string[];
}

const REMOTE_OR_SCHEME = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Reads the scripts and module preloads of a built page. `htmlFile` is the page's path inside the
 * output folder, so "./assets/x.js" and "/assets/x.js" both resolve to "assets/x.js".
 */
export function pageScripts(html: string, htmlFile: string): PageScripts {
  const files: string[] = [];
  const inline: string[] = [];
  for (const element of htmlElements(html)) {
    const reference = referenceOf(element.name, element.attributes);
    if (reference !== undefined) {
      const file = resolveInOutput(reference, htmlFile);
      if (file !== undefined && !files.includes(file)) files.push(file);
    } else if (element.name === "script" && element.text.trim() !== "") {
      inline.push(element.text);
    }
  }
  return { files, inline };
}

function referenceOf(name: string, attributes: ReadonlyMap<string, string>): string | undefined {
  if (name === "script") return attributes.get("src");
  const preload = name === "link" && attributes.get("rel")?.toLowerCase() === "modulepreload";
  return preload ? attributes.get("href") : undefined;
}

function resolveInOutput(reference: string, htmlFile: string): string | undefined {
  const path = reference.split(/[?#]/)[0] ?? "";
  if (path === "" || REMOTE_OR_SCHEME.test(path)) return undefined;
  const joined = path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(htmlFile), path);
  return posix.normalize(joined);
}
