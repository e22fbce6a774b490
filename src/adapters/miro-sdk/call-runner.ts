import type { CancelSignal } from "../../core/board/board-port";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { firstLineOf } from "../../core/board/incomplete-write-error";
import { backoffDelay } from "./backoff";
import { callErrorKind } from "./call-error";
import { cancellableWait } from "./cancellable-wait";
import { CreditBudget } from "./credit-budget";
import type { MiroSdkSettings } from "./miro-sdk-options";

/**
 * The one way the adapter calls Miro: every SDK call waits for credits in the budget (so the
 * app stays under Miro's limits instead of running into them), and a failed call is retried:
 * - a rate-limit rejection with exponential backoff and full jitter, until `giveUpAfterMs`;
 * - another failure a few times (`retries`) with jittered backoff;
 * - a not-found never: the item is gone, and trying again will not bring it back, so its error
 *   is thrown as it came (a read of an item deleted meanwhile tells it from a board that is down).
 * When it gives up it throws BoardUnavailableError with the first line of the call's last error;
 * a batch write says IncompleteWriteError instead (`endWrite`). A cancel during any wait throws
 * CancelledError(0).
 */
export class CallRunner {
  private readonly budget: CreditBudget;
  private attempts = 0;

  constructor(private readonly settings: MiroSdkSettings) {
    const { budgetShare, windowMs } = settings;
    this.budget = new CreditBudget(
      [
        { credits: settings.creditsPerMinute * budgetShare, windowMs },
        { credits: settings.creditsPerHour * budgetShare, windowMs: windowMs * 60 },
      ],
      settings.now,
    );
  }

  /** Calls sent to Miro so far, retries included. */
  get calls(): number {
    return this.attempts;
  }

  async run<T>(call: () => Promise<T>, signal?: CancelSignal): Promise<T> {
    const { now, sleep, random } = this.settings;
    let failures = 0;
    let limited = 0;
    let limitedSince: number | null = null;
    const cost = this.settings.creditsPerCall;
    for (;;) {
      await this.credits(signal);
      this.attempts += 1;
      let answer: { value: T } | null = null;
      let failure: unknown = null;
      try {
        answer = { value: await call() };
      } catch (error) {
        failure = error;
      } finally {
        this.budget.end(cost);
      }
      if (answer) return answer.value;
      const kind = callErrorKind(failure);
      if (kind === "not-found") throw failure;
      if (kind === "rate-limit") {
        limitedSince ??= now();
        if (now() - limitedSince >= this.settings.giveUpAfterMs) throw givenUp(failure);
        const delay = backoffDelay(limited++, this.settings.rateLimitBackoff, random);
        await cancellableWait(delay, sleep, signal);
      } else {
        if (failures >= this.settings.retries) throw givenUp(failure);
        const delay = backoffDelay(failures++, this.settings.retryBackoff, random);
        await cancellableWait(delay, sleep, signal);
      }
    }
  }

  /** Waits until a call's credits fit, and counts them at once, before any other call looks. */
  private async credits(signal: CancelSignal | undefined): Promise<void> {
    const cost = this.settings.creditsPerCall;
    for (let wait = this.budget.waitFor(cost); wait > 0; wait = this.budget.waitFor(cost)) {
      await cancellableWait(wait, this.settings.sleep, signal);
    }
    this.budget.begin(cost);
  }
}

/** What a call that was given up on throws: the board is not answering, for the reason it gave. */
function givenUp(failure: unknown): BoardUnavailableError {
  return new BoardUnavailableError(firstLineOf(failure));
}
