import { isAbsolute, relative } from "node:path";

/**
 * Whether a chunk, by the ids of the modules bundled into it, holds code from `folder`: how a
 * page's start chunks are told apart from the rest. A chunk that holds a file from the folder
 * counts whole, with whatever the bundler put beside it (a helper only a language uses), so a
 * start chunk never drops out of the budget unseen. A chunk of no modules (a copied file) and
 * virtual modules do not count.
 */
export function modulesUnder(folder: string): (moduleIds: readonly string[]) => boolean {
  const inside = (id: string) => {
    if (id.startsWith("\0")) return false;
    const path = relative(folder, id.replace(/\?.*$/, ""));
    return path !== "" && !path.startsWith("..") && !isAbsolute(path);
  };
  return (moduleIds) => moduleIds.some(inside);
}
