import { describe, expect, it } from "vitest";
import { CreditBudget } from "./credit-budget";

function clock() {
  const time = { now: 0 };
  return { time, now: () => time.now };
}

describe("CreditBudget", () => {
  it("lets spends through until a window is full, then says when the oldest leaves it", () => {
    const { time, now } = clock();
    const budget = new CreditBudget([{ credits: 150, windowMs: 1000 }], now);
    for (const at of [0, 100, 200]) {
      time.now = at;
      expect(budget.waitFor(50)).toBe(0);
      budget.spend(50);
    }
    time.now = 300;
    expect(budget.waitFor(50)).toBe(700);
    expect(budget.waitFor(100)).toBe(800);
    time.now = 1000;
    expect(budget.used()).toBe(100);
    expect(budget.waitFor(50)).toBe(0);
  });

  it("waits for the tightest of its windows", () => {
    const { time, now } = clock();
    const budget = new CreditBudget(
      [
        { credits: 100, windowMs: 100 },
        { credits: 150, windowMs: 6000 },
      ],
      now,
    );
    budget.spend(50);
    budget.spend(50);
    expect(budget.waitFor(50)).toBe(100);
    time.now = 100;
    budget.spend(50);
    time.now = 200;
    expect(budget.used(0)).toBe(0);
    expect(budget.used(1)).toBe(150);
    expect(budget.waitFor(50)).toBe(5800);
  });

  it("lets a spend larger than a window through once the window is empty", () => {
    const { time, now } = clock();
    const budget = new CreditBudget([{ credits: 40, windowMs: 10 }], now);
    expect(budget.waitFor(50)).toBe(0);
    budget.spend(50);
    expect(budget.waitFor(50)).toBe(10);
    time.now = 10;
    expect(budget.waitFor(50)).toBe(0);
  });

  it("forgets old spends without losing count over many of them", () => {
    const { time, now } = clock();
    const budget = new CreditBudget(
      [
        { credits: 500, windowMs: 10 },
        { credits: 100_000, windowMs: 600 },
      ],
      now,
    );
    for (let n = 0; n < 5000; n++) {
      time.now = n;
      budget.spend(1);
    }
    expect(budget.used(0)).toBe(10);
    expect(budget.used(1)).toBe(600);
  });

  it("counts a call in flight at once, and dates its spend when it answers", () => {
    const { time, now } = clock();
    const budget = new CreditBudget([{ credits: 100, windowMs: 1000 }], now);
    budget.begin(50);
    budget.begin(50);
    // Only calls in flight fill the window: a short wait for them to answer.
    expect(budget.waitFor(50)).toBe(10);
    time.now = 400;
    budget.end(50);
    budget.end(50);
    time.now = 1000;
    expect(budget.used()).toBe(100);
    // Sent at 0 but answered at 400, the calls leave the window at 1400, not at 1000.
    expect(budget.waitFor(50)).toBe(400);
  });
});
