import { describe, expect, it } from "vitest";
import { BlockMeter } from "./block-meter";
import { yieldTask } from "./emulator-test-kit";

/** A meter on a clock the test moves by hand, so no test depends on real time. */
function meterOn(clock: { now: number }, costPerNodeMs = 0.1) {
  let yields = 0;
  const meter = new BlockMeter({ costPerNodeMs, now: () => clock.now }, () => {
    yields++;
  });
  return { meter, yields: () => yields };
}

describe("BlockMeter", () => {
  it("adds the calls of one synchronous stretch into one block: their time and their nodes' cost", () => {
    const clock = { now: 0 };
    const { meter } = meterOn(clock);
    meter.measure(() => {
      clock.now += 2;
    });
    meter.measure((charge) => charge(10));
    expect(meter.blocks).toBe(1);
    expect(meter.longestBlockMs).toBeCloseTo(3);
  });

  it("starts a new block after the plugin yields to a timer, and keeps the longest", async () => {
    const clock = { now: 0 };
    const { meter, yields } = meterOn(clock);
    meter.measure((charge) => charge(300));
    await yieldTask();
    meter.measure((charge) => charge(100));
    await yieldTask();
    expect(meter.blocks).toBe(2);
    expect(yields()).toBe(2);
    expect(meter.longestBlockMs).toBeCloseTo(30);
  });

  it("keeps one block across awaits of settled promises (microtasks do not let FigJam paint)", async () => {
    const clock = { now: 0 };
    const { meter } = meterOn(clock);
    meter.measure((charge) => charge(100));
    await Promise.resolve();
    await Promise.resolve();
    meter.measure((charge) => charge(100));
    expect(meter.blocks).toBe(1);
    expect(meter.longestBlockMs).toBeCloseTo(20);
  });

  it("times a call made inside another once", () => {
    const clock = { now: 0 };
    const { meter } = meterOn(clock, 0);
    meter.measure(() => {
      clock.now += 1;
      meter.measure(() => {
        clock.now += 1;
      });
    });
    expect(meter.longestBlockMs).toBe(2);
  });
});
