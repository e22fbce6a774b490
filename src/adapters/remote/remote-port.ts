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
import { CancelledError } from "../../core/board/ownership";
import type { Platform } from "../../core/colour/named-colour";
import { BoardTimeoutError } from "./board-timeout-error";
import type { PortChannel } from "./message-channel";
import { type PendingCall, pendingCall } from "./pending-call";
import type { PortArgsIn } from "./port-args";
import { type HostBoundMessage, PANEL_BOUND } from "./port-messages";
import type { PortMethod, PortResult } from "./port-methods";
import { readMessage, refusalLog } from "./read-message";

export interface RemotePortOptions {
  /** The platform to assume until the host says which it is. */
  platform?: Platform;
  /** How long the host may stay silent during a call (progress counts as an answer). */
  timeoutMs?: number;
}

/** Long enough for one batch of a slow board, short enough that a gone host is noticed. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The board port of a panel whose board is in another window or sandbox: every call becomes a
 * request to `servePort` on the other end of the channel. Errors come back as the port's own
 * classes; progress arrives after each of the host's batches; an aborted `signal` sends a
 * cancel, and the host stops before its next batch. A host silent for `timeoutMs` during a
 * call fails it with a BoardTimeoutError.
 */
export class RemotePort implements BoardPort {
  private knownPlatform: Platform;
  private heard = false;
  private readonly timeoutMs: number;
  private readonly calls = new Map<string, PendingCall>();
  private readonly selectionListeners = new Set<SelectionListener>();
  private readonly helloListeners = new Set<(platform: Platform) => void>();
  private readonly refuse = refusalLog("panel");
  private readonly stopListening: () => void;
  /** Tells this panel's calls from those of an earlier panel on the same host. */
  private readonly session = Math.random().toString(36).slice(2, 10);
  private count = 0;

  constructor(
    private readonly channel: PortChannel,
    options: RemotePortOptions = {},
  ) {
    this.knownPlatform = options.platform ?? "miro";
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.stopListening = channel.listen((message) => this.receive(message));
    this.post({ type: "jm-hello" });
  }

  /** The host's platform once it said hello; until then the one assumed in the options. */
  get platform(): Platform {
    return this.knownPlatform;
  }

  /** Resolves with the host's platform once it said hello; a BoardTimeoutError if it does not. */
  ready(): Promise<Platform> {
    if (this.heard) return Promise.resolve(this.knownPlatform);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.helloListeners.delete(heard);
        reject(new BoardTimeoutError("hello", this.timeoutMs));
      }, this.timeoutMs);
      const heard = (platform: Platform) => {
        clearTimeout(timer);
        resolve(platform);
      };
      this.helloListeners.add(heard);
      // The host may have started after this panel's first hello went unheard.
      this.post({ type: "jm-hello" });
    });
  }

  readItems(scope: BoardScope): Promise<BoardItem[]> {
    return this.call("readItems", [scope]);
  }

  createItems(drafts: readonly ItemDraft[], options?: BatchOptions): Promise<CreatedItem[]> {
    return this.call("createItems", [[...drafts]], options);
  }

  updateItems(patches: readonly ItemPatch[], options?: BatchOptions): Promise<BoardItem[]> {
    return this.call("updateItems", [[...patches]], options);
  }

  async removeItems(ids: readonly string[], options?: BatchOptions): Promise<void> {
    await this.call("removeItems", [[...ids]], options);
  }

  async bringIntoView(target: ViewTarget): Promise<void> {
    await this.call("bringIntoView", ["ids" in target ? { ids: [...target.ids] } : target]);
  }

  findEmptySpace(want: Rect): Promise<Rect> {
    return this.call("findEmptySpace", [want]);
  }

  readBoardData(key: BoardDataKey): Promise<unknown> {
    return this.call("readBoardData", [key]);
  }

  async writeBoardData(key: BoardDataKey, value: unknown): Promise<void> {
    await this.call("writeBoardData", [key, value]);
  }

  onSelectionChange(listener: SelectionListener): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Stops listening to the host; calls still waiting fail. */
  close(): void {
    this.stopListening();
    for (const call of [...this.calls.values()]) {
      call.fail(new Error("the panel stopped talking to the board"));
    }
    this.selectionListeners.clear();
  }

  private post(message: HostBoundMessage): void {
    this.channel.post(message);
  }

  private call<M extends PortMethod>(
    method: M,
    args: PortArgsIn<M>,
    options: BatchOptions = {},
  ): Promise<PortResult<M>> {
    // Nothing was sent, so nothing was done: the same as a host that stops before its first batch.
    if (options.signal?.aborted) return Promise.reject(new CancelledError(0));
    this.count += 1;
    const id = `${this.session}-${this.count}`;
    const [call, answer] = pendingCall({
      method,
      options,
      timeoutMs: this.timeoutMs,
      cancel: () => this.post({ type: "jm-cancel", id }),
      forget: () => this.calls.delete(id),
      refuse: this.refuse,
    });
    this.calls.set(id, call);
    try {
      this.post({ type: "jm-request", id, method, args: args as unknown[] });
    } catch (error) {
      // A value that cannot be cloned into a message: nothing reached the host.
      call.fail(error instanceof Error ? error : new Error(String(error)));
    }
    return answer;
  }

  private receive(raw: unknown): void {
    const message = readMessage(raw, PANEL_BOUND, this.refuse);
    if (!message) return;
    switch (message.type) {
      case "jm-response":
        this.calls.get(message.id)?.settle(message);
        return;
      case "jm-progress":
        this.calls.get(message.id)?.progress({ done: message.done, total: message.total });
        return;
      case "jm-selection":
        for (const listener of [...this.selectionListeners]) listener([...message.ids]);
        return;
      case "jm-hello":
        if (!message.platform) return;
        this.knownPlatform = message.platform;
        this.heard = true;
        for (const listener of [...this.helloListeners]) listener(message.platform);
        this.helloListeners.clear();
        return;
    }
  }
}
