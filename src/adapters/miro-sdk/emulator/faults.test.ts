import { describe, expect, it } from "vitest";
import { seeded } from "./emulator-test-kit";
import { FaultDice } from "./faults";

describe("FaultDice", () => {
  it("rejects a whole burst of calls once one starts", () => {
    const dice = new FaultDice({ rateLimitBurstRate: 0.5, rateLimitBurstLength: 3 }, () => 0.1);
    expect([dice.rateLimited(), dice.rateLimited(), dice.rateLimited()]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("draws nothing from random for faults that are off", () => {
    let draws = 0;
    const dice = new FaultDice({}, () => {
      draws++;
      return 0;
    });
    expect([dice.userEdits(), dice.rateLimited(), dice.fails()]).toEqual([false, false, false]);
    expect(draws).toBe(0);
  });

  it("gives the same faults for the same seed", () => {
    const faults = { failureRate: 0.3, rateLimitBurstRate: 0.1, userEditRate: 0.2 };
    const run = () => {
      const dice = new FaultDice(faults, seeded(7));
      return Array.from({ length: 40 }, () => [dice.userEdits(), dice.rateLimited(), dice.fails()]);
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first.flat().filter(Boolean).length).toBeGreaterThan(0);
  });
});
