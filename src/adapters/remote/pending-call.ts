import type { BatchOptions, Progress } from "../../core/board/board-port";
import { BoardTimeoutError } from "./board-timeout-error";
import type { PanelBoundMessage } from "./port-messages";
import { type PortMethod, type PortResult, resultSchema } from "./port-methods";
import { describeRefusal, type Refuse } from "./read-message";
import { whenAborted } from "./when-aborted";
import { fromWireError } from "./wire-error";

type Response = Extract<PanelBoundMessage, { type: "jm-response" }>;

/** A call sent to the host and not yet answered: what the panel does with each message on it. */
export interface PendingCall {
  settle(response: Response): void;
  progress(progress: Progress): void;
  fail(error: Error): void;
}

export interface CallSetup<M extends PortMethod> {
  method: M;
  options: BatchOptions;
  timeoutMs: number;
  /** Sends the cancel of this call to the host. */
  cancel(): void;
  /** Forgets the call once it is settled. */
  forget(): void;
  refuse: Refuse;
}

/**
 * Waits for the host's answer to one call: resolves with the result read through the method's
 * schema, rejects with the host's error raised again, or with a BoardTimeoutError when the host
 * stays silent for `timeoutMs` (progress counts as an answer; the host is told to cancel). An
 * aborted signal sends the cancel at once when it tells (AbortSignal), else after the next
 * progress.
 */
export function pendingCall<M extends PortMethod>(
  setup: CallSetup<M>,
): [PendingCall, Promise<PortResult<M>>] {
  const { method, options, timeoutMs, refuse } = setup;
  let call: PendingCall | undefined;
  const promise = new Promise<PortResult<M>>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    let settled = false;
    const cancel = () => {
      if (cancelled || settled) return;
      cancelled = true;
      setup.cancel();
    };
    const stopWatching = whenAborted(options.signal, cancel);
    const end = () => {
      settled = true;
      clearTimeout(timer);
      stopWatching();
      setup.forget();
    };
    const fail = (error: Error) => {
      end();
      reject(error);
    };
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        cancel();
        fail(new BoardTimeoutError(method, timeoutMs));
      }, timeoutMs);
    };
    call = {
      fail,
      progress: (progress) => {
        wait();
        options.onProgress?.(progress);
        if (options.signal?.aborted) cancel();
      },
      settle: (response) => {
        if (!response.ok) return fail(fromWireError(response.error));
        const result = resultSchema(method).safeParse(response.result);
        if (result.success) {
          end();
          return resolve(result.data);
        }
        const reason = `${method} result ${describeRefusal(result.error)}`;
        refuse("jm-response", reason);
        fail(new Error(`the board answered with something the panel cannot read: ${reason}`));
      },
    };
    wait();
  });
  // The executor runs at once, so the call is set by now.
  return [call as PendingCall, promise];
}
