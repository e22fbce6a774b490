import type {
  FigmaDocumentNode,
  FigmaNode,
  FigmaPageNode,
  FigmaParentNode,
  FigmaSceneNode,
} from "../figma-api";
import type { BoardState } from "./board-state";
import type { CallGate } from "./call-gate";
import { missingNodeError } from "./figjam-errors";
import type { SceneRecord } from "./figjam-record";
import type { FontBook } from "./font-book";
import type { NodeStore } from "./node-store";

/** What a view works with: the document, the gate its calls go through, the fonts, other views. */
export interface ViewContext {
  readonly state: BoardState;
  readonly store: NodeStore;
  readonly gate: CallGate;
  readonly fonts: FontBook;
  /** The one view of a stored node (FigJam hands out the same object for a node each time). */
  view(id: string): FigmaNode | null;
  sceneView(record: SceneRecord): FigmaSceneNode;
  parentView(id: string): FigmaParentNode | null;
  pageView(): FigmaPageNode;
  documentView(): FigmaDocumentNode;
}

/** The stored scene node of a view, or FigJam's error for one removed meanwhile. */
export function liveScene(ctx: ViewContext, id: string, call: string): SceneRecord {
  const record = ctx.store.scene(id);
  if (!record) throw missingNodeError(call, id);
  return record;
}

/** A copy of a stored value, so the plugin can never change the store but through a call. */
export function copyOf<T>(value: T): T {
  return structuredClone(value);
}
