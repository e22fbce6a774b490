import type { AppMark } from "../../core/board/app-items/app-mark";
import { readMark } from "../../core/board/app-items/read-mark";
import { MARK_KEY, MARK_NAMESPACE } from "../figma-rest/figma-rest-schema";
import type { FigmaNode } from "./figma-api";

type MarkHolder = Pick<FigmaNode, "getSharedPluginData" | "setSharedPluginData">;

/**
 * The app's mark on a node: shared plugin data, namespace `journey_mapper`, key `mark`, JSON,
 * as the Figma REST reader finds it in a file's `sharedPluginData`. Null for a node that is
 * not the app's (no such data, or data that is not JSON or not a mark).
 */
export function markOf(node: MarkHolder): AppMark | null {
  const raw = node.getSharedPluginData(MARK_NAMESPACE, MARK_KEY);
  if (raw === "") return null;
  try {
    return readMark(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Writes the app's mark on a node it made. */
export function setMark(node: MarkHolder, mark: AppMark): void {
  node.setSharedPluginData(MARK_NAMESPACE, MARK_KEY, JSON.stringify(mark));
}

export { MARK_KEY, MARK_NAMESPACE };
