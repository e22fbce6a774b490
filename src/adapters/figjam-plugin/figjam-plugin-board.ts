import type { BoardItem, Rect } from "../../core/board/board-item";
import type {
  BatchOptions,
  BoardDataKey,
  BoardPort,
  BoardScope,
  CreatedItem,
  ItemDraft,
  ItemPatch,
  SelectionListener,
  ViewTarget,
} from "../../core/board/board-port";
import type { Platform } from "../../core/colour/named-colour";
import { readBoardData, writeBoardData } from "./board-data";
import { bringIntoView, findEmptySpace } from "./board-view";
import { createItems } from "./create-items";
import { type FigJamPluginBoardOptions, figJamPluginSettings } from "./figjam-plugin-options";
import { type FigJamSession, figJamSession } from "./figjam-session";
import type { FigmaPluginApi } from "./figma-api";
import { readItems } from "./read-items";
import { removeItems } from "./remove-items";
import { updateItems } from "./update-items";

export type { FigJamPluginBoardOptions } from "./figjam-plugin-options";

/**
 * The board port on a FigJam board, in the plugin's sandbox (main): the plugin makes
 * `new FigJamPluginBoard(figma)` and serves it to its UI, tests hand it the emulator's `api`.
 * It works on the current page. The app's nodes carry its mark in shared plugin data. Writes go
 * in chunks that give FigJam its main thread back between them; each task (the port calls that
 * come one after the other, until the panel has been quiet for `undoQuietMs`) is one undo step.
 */
export class FigJamPluginBoard implements BoardPort {
  readonly platform: Platform = "figjam";
  private readonly session: FigJamSession;

  constructor(api: FigmaPluginApi, options: FigJamPluginBoardOptions = {}) {
    this.session = figJamSession(api, figJamPluginSettings(options));
  }

  readItems(scope: BoardScope): Promise<BoardItem[]> {
    return this.task(() => readItems(this.session, scope));
  }

  createItems(drafts: readonly ItemDraft[], options?: BatchOptions): Promise<CreatedItem[]> {
    return this.task(() => createItems(this.session, drafts, options));
  }

  updateItems(patches: readonly ItemPatch[], options?: BatchOptions): Promise<BoardItem[]> {
    return this.task(() => updateItems(this.session, patches, options));
  }

  removeItems(ids: readonly string[], options?: BatchOptions): Promise<void> {
    return this.task(() => removeItems(this.session, ids, options));
  }

  bringIntoView(target: ViewTarget): Promise<void> {
    return this.task(async () => bringIntoView(this.session, target));
  }

  findEmptySpace(want: Rect): Promise<Rect> {
    return this.task(() => findEmptySpace(this.session, want));
  }

  readBoardData(key: BoardDataKey): Promise<unknown> {
    return this.task(async () => readBoardData(this.session, key));
  }

  writeBoardData(key: BoardDataKey, value: unknown): Promise<void> {
    return this.task(async () => writeBoardData(this.session, key, value));
  }

  onSelectionChange(listener: SelectionListener): () => void {
    const { api } = this.session;
    const handler = () => listener(api.currentPage.selection.map((node) => node.id));
    api.on("selectionchange", handler);
    return () => api.off("selectionchange", handler);
  }

  /** Ends the current undo step now (the plugin closing, say), if anything changed in it. */
  commitUndo(): void {
    this.session.undo.commit();
  }

  /** Every port call is part of the task under way, for its undo step. */
  private task<R>(call: () => Promise<R>): Promise<R> {
    return this.session.undo.around(call);
  }
}
