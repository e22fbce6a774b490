import { describe, expect, it } from "vitest";
import { seeded } from "./emulator-test-kit";
import { FaultDice } from "./faults";

describe("FaultDice", () => {
  it("draws nothing from random for faults that are off", () => {
    let draws = 0;
    const dice = new FaultDice({}, () => {
      draws++;
      return 0;
    });
    expect([dice.userEdits(), dice.fails()]).toEqual([false, false]);
    expect(draws).toBe(0);
  });

  it("gives the same faults for the same seed", () => {
    const run = () => {
      const dice = new FaultDice({ failureRate: 0.3, userEditRate: 0.2 }, seeded(7));
      return Array.from({ length: 40 }, () => [dice.userEdits(), dice.fails()]);
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first.flat().filter(Boolean).length).toBeGreaterThan(0);
  });
});
