import { describe, expect, it } from "vitest";
import { CreditMeter } from "./credit-meter";

function meterAt(clock: { now: number }, perWindow = 150, perHour = 1_000) {
  return new CreditMeter({ perWindow, perHour, windowMs: 1_000 }, () => clock.now);
}

describe("CreditMeter", () => {
  it("admits credits up to the window's limit and none beyond", () => {
    const clock = { now: 0 };
    const meter = meterAt(clock);
    meter.charge(50);
    meter.charge(50);
    expect(meter.admits(50)).toBe(true);
    meter.charge(50);
    expect(meter.admits(50)).toBe(false);
    expect(meter.credits).toBe(150);
  });

  it("slides: charges older than the window no longer count", () => {
    const clock = { now: 0 };
    const meter = meterAt(clock);
    meter.charge(100);
    clock.now = 500;
    meter.charge(50);
    clock.now = 999;
    expect(meter.admits(50)).toBe(false);
    clock.now = 1_000;
    expect(meter.admits(100)).toBe(true);
    expect(meter.admits(101)).toBe(false);
  });

  it("keeps the most credits spent within any window as the peak", () => {
    const clock = { now: 0 };
    const meter = meterAt(clock, 1_000);
    for (const at of [0, 100, 200, 1_150, 1_300]) {
      clock.now = at;
      meter.charge(50);
    }
    // 0..999 held three charges; 200..1199 held two; 1150..1300 holds two.
    expect(meter.peakCreditsPerMinute).toBe(150);
    expect(meter.credits).toBe(250);
  });

  it("holds the hour's limit over 60 windows", () => {
    const clock = { now: 0 };
    const meter = meterAt(clock, 100, 150);
    for (const at of [0, 10_000, 20_000]) {
      clock.now = at;
      meter.charge(50);
    }
    clock.now = 30_000;
    expect(meter.admits(50)).toBe(false);
    clock.now = 60_000;
    expect(meter.admits(50)).toBe(true);
  });

  it("counts calls by method, in flight at once, and rejections by kind", () => {
    const meter = meterAt({ now: 0 });
    meter.begin("get");
    meter.begin("item.sync");
    meter.begin("get");
    meter.end();
    meter.reject("rateLimit");
    expect(meter.calls).toBe(3);
    expect(meter.perMethod).toEqual({ get: 2, "item.sync": 1 });
    expect(meter.inFlight).toBe(2);
    expect(meter.maxInFlight).toBe(3);
    expect(meter.rejections).toEqual({ rateLimit: 1, failure: 0, notFound: 0, invalid: 0 });
  });
});
