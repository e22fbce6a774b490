import type { BatchOptions, BoardPort } from "../../core/board/board-port";
import type { PortChannel } from "./message-channel";
import { argsSchema, type PortArgs } from "./port-args";
import { HOST_BOUND, type PanelBoundMessage } from "./port-messages";
import type { PortMethod } from "./port-methods";
import { describeRefusal, readMessage, refusalLog } from "./read-message";
import { toWireError } from "./wire-error";

type Handler<M extends PortMethod> = (
  port: BoardPort,
  args: PortArgs<M>,
  options: BatchOptions,
) => Promise<unknown>;

/** How the host answers each method: the real port's call; null for a method without a result. */
const HANDLERS: { [M in PortMethod]: Handler<M> } = {
  readItems: (port, [scope]) => port.readItems(scope),
  createItems: (port, [drafts], options) => port.createItems(drafts, options),
  updateItems: (port, [patches], options) => port.updateItems(patches, options),
  removeItems: async (port, [ids], options) => {
    await port.removeItems(ids, options);
    return null;
  },
  bringIntoView: async (port, [target]) => {
    await port.bringIntoView(target);
    return null;
  },
  findEmptySpace: (port, [want]) => port.findEmptySpace(want),
  readBoardData: (port, [key]) => port.readBoardData(key),
  writeBoardData: async (port, [key, value]) => {
    await port.writeBoardData(key, value);
    return null;
  },
};

/**
 * Serves a board port over a channel, for a panel's RemotePort on the other end: answers its
 * requests by calling `port`, sends progress after each of the port's batches, stops a batch
 * when the panel cancels it, and tells the panel when the user's selection changes. Malformed
 * messages are refused with a warning and never acted on (a request whose id can be read is
 * answered with the reason). Returns the function that stops serving, which also cancels the
 * batches still running.
 */
export function servePort(port: BoardPort, channel: PortChannel): () => void {
  const refuse = refusalLog("board host");
  const running = new Map<string, { aborted: boolean }>();
  let serving = true;
  const post = (message: PanelBoundMessage) => {
    if (serving) channel.post(message);
  };

  async function answer<M extends PortMethod>(id: string, method: M, rawArgs: unknown[]) {
    const signal = { aborted: false };
    running.set(id, signal);
    try {
      const args = argsSchema(method).safeParse(rawArgs);
      if (!args.success) {
        const reason = `${method} args${describeRefusal(args.error).replace(/^\(top level\)/, "")}`;
        refuse("jm-request", reason);
        throw new Error(`the board refused a malformed request: ${reason}`);
      }
      const onProgress = ({ done, total }: { done: number; total: number }) =>
        post({ type: "jm-progress", id, done, total });
      const result = await HANDLERS[method](port, args.data, { signal, onProgress });
      post({ type: "jm-response", id, ok: true, result: result ?? null });
    } catch (error) {
      post({ type: "jm-response", id, ok: false, error: toWireError(error) });
    } finally {
      running.delete(id);
    }
  }

  /** Answers a request it could not read, when it can tell which call to answer. */
  const answerRefused = (raw: unknown) => (type: string, reason: string) => {
    const id = (raw as { id?: unknown }).id;
    if (type !== "jm-request" || typeof id !== "string" || running.has(id)) return;
    const message = `the board refused a malformed request: ${reason}`;
    post({ type: "jm-response", id, ok: false, error: { name: "Error", message } });
  };

  const receive = (raw: unknown) => {
    const message = readMessage(raw, HOST_BOUND, refuse, answerRefused(raw));
    if (!message) return;
    switch (message.type) {
      case "jm-request":
        void answer(message.id, message.method, message.args);
        return;
      case "jm-cancel": {
        const signal = running.get(message.id);
        if (signal) signal.aborted = true;
        return;
      }
      case "jm-hello":
        post({ type: "jm-hello", platform: port.platform });
        return;
    }
  };

  const stopListening = channel.listen(receive);
  const stopSelection = port.onSelectionChange((ids) =>
    post({ type: "jm-selection", ids: [...ids] }),
  );
  post({ type: "jm-hello", platform: port.platform });
  return () => {
    serving = false;
    stopListening();
    stopSelection();
    for (const signal of running.values()) signal.aborted = true;
  };
}
