import type { CreditMeter } from "./credit-meter";
import type { FaultDice } from "./faults";
import { failureError, rateLimitError, rejectionKindOf } from "./miro-errors";

/** What Miro charges for each Web SDK call the app makes (its "level 1" weight). */
export const CREDITS_PER_CALL = 50;

/** What a runner needs: the latency, the meter, the faults, and the people who edit. */
export interface CallRunnerOptions {
  latencyMs: number;
  meter: CreditMeter;
  dice: FaultDice;
  /** A person's edit of the board, made when the dice say one comes before a call. */
  userEdit: () => void;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs the app's calls as Miro would: each waits its latency (a timer even at 0 ms, so every
 * call is asynchronous), then is metered, maybe faulted, and only then applies its effect, in
 * one step. Calls are not queued: started together, they are in flight together.
 */
export class CallRunner {
  constructor(private readonly options: CallRunnerOptions) {}

  async run<T>(method: string, effect: () => T): Promise<T> {
    const { meter, dice } = this.options;
    meter.begin(method);
    try {
      await delay(this.options.latencyMs);
      if (dice.userEdits()) this.options.userEdit();
      if (dice.rateLimited()) {
        meter.reject("rateLimit");
        throw rateLimitError("too many requests, try again later");
      }
      if (!meter.admits(CREDITS_PER_CALL)) {
        meter.reject("rateLimit");
        throw rateLimitError("the credits of this minute or hour are spent, try again later");
      }
      meter.charge(CREDITS_PER_CALL);
      if (dice.fails()) {
        meter.reject("failure");
        throw failureError();
      }
      try {
        return effect();
      } catch (error) {
        meter.reject(rejectionKindOf(error));
        throw error;
      }
    } finally {
      meter.end();
    }
  }
}
