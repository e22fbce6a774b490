import { isAbsolute, relative } from "node:path";

/**
 * Whether a chunk, by the ids of the modules bundled into it, holds code from `folder` only: how
 * a page's start chunks are told apart from the rest. A chunk of no modules (a copied file) is
 * not one, nor is one that also holds a virtual module or a file from elsewhere.
 */
export function modulesUnder(folder: string): (moduleIds: readonly string[]) => boolean {
  const inside = (id: string) => {
    if (id.startsWith("\0")) return false;
    const path = relative(folder, id.replace(/\?.*$/, ""));
    return path !== "" && !path.startsWith("..") && !isAbsolute(path);
  };
  return (moduleIds) => moduleIds.length > 0 && moduleIds.every(inside);
}
