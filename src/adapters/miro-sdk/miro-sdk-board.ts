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
import { CallRunner } from "./call-runner";
import { createItems } from "./create-items";
import { MarkCache } from "./mark-cache";
import type { MiroBoardApi, SelectionHandler } from "./miro-api";
import { type MiroSdkBoardOptions, miroSdkSettings } from "./miro-sdk-options";
import type { MiroSession } from "./miro-session";
import { readItems } from "./read-items";
import { removeItems } from "./remove-items";
import { updateItems } from "./update-items";

export type { MiroSdkBoardOptions } from "./miro-sdk-options";

/**
 * The board port on a Miro board, through Miro's Web SDK: in Miro the panel makes
 * `new MiroSdkBoard(miro.board)`, tests hand it the emulator's board. Every SDK call goes through
 * one call runner that keeps the app within Miro's credit limits and retries what failed;
 * writes keep `concurrency` calls in flight. The app's items carry its mark in item metadata.
 */
export class MiroSdkBoard implements BoardPort {
  readonly platform: Platform = "miro";
  private readonly session: MiroSession;

  constructor(api: MiroBoardApi, options: MiroSdkBoardOptions = {}) {
    const settings = miroSdkSettings(options);
    this.session = {
      api,
      runner: new CallRunner(settings),
      marks: new MarkCache(),
      views: new Map(),
      settings,
    };
  }

  /** SDK calls made so far, retries included (for the benchmark and tests). */
  get calls(): number {
    return this.session.runner.calls;
  }

  readItems(scope: BoardScope): Promise<BoardItem[]> {
    return readItems(this.session, scope);
  }

  createItems(drafts: readonly ItemDraft[], options?: BatchOptions): Promise<CreatedItem[]> {
    return createItems(this.session, drafts, options);
  }

  updateItems(patches: readonly ItemPatch[], options?: BatchOptions): Promise<BoardItem[]> {
    return updateItems(this.session, patches, options);
  }

  removeItems(ids: readonly string[], options?: BatchOptions): Promise<void> {
    return removeItems(this.session, ids, options);
  }

  bringIntoView(target: ViewTarget): Promise<void> {
    return bringIntoView(this.session, target);
  }

  findEmptySpace(want: Rect): Promise<Rect> {
    return findEmptySpace(this.session, want);
  }

  readBoardData(key: BoardDataKey): Promise<unknown> {
    return readBoardData(this.session, key);
  }

  writeBoardData(key: BoardDataKey, value: unknown): Promise<void> {
    return writeBoardData(this.session, key, value);
  }

  onSelectionChange(listener: SelectionListener): () => void {
    const handler: SelectionHandler = (event) => listener(event.items.map((item) => item.id));
    const { ui } = this.session.api;
    ui.on("selection:update", handler);
    return () => ui.off("selection:update", handler);
  }
}
