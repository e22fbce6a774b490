import { describe, expect, it } from "vitest";
import type { FigmaPluginApi } from "../figma-api";
import { yieldTask } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";

/** One sticky as the adapter writes it: five changes (create, text, x, y, mark). */
function writeSticky(api: FigmaPluginApi, n: number): void {
  const sticky = api.createSticky();
  sticky.text.characters = `Note ${n}`;
  sticky.x = (n % 20) * 260;
  sticky.y = Math.floor(n / 20) * 260;
  sticky.setSharedPluginData("journey_mapper", "mark", `{"key":"note:${n}"}`);
}

/** An emulator whose clock stands still: a block is the modelled cost of its nodes alone. */
async function ready(): Promise<FigJamEmulator> {
  const emulator = new FigJamEmulator({ now: () => 0, costPerNodeMs: 0.1 });
  await emulator.api.loadFontAsync({ family: "Inter", style: "Medium" });
  await yieldTask();
  return emulator;
}

describe("the plugin's blocks on FigJam's main thread", () => {
  it("counts a 300-sticky write without yields as one block far over 50 ms", async () => {
    const emulator = await ready();
    for (let n = 0; n < 300; n++) writeSticky(emulator.api, n);
    expect(emulator.longestBlockMs).toBeCloseTo(150);
  });

  it("keeps every block of the same write in chunks of 50, yielding between them, at 25 ms", async () => {
    const emulator = await ready();
    const before = emulator.blockCount;
    for (let n = 0; n < 300; n++) {
      writeSticky(emulator.api, n);
      if (n % 50 === 49) await yieldTask();
    }
    expect(emulator.longestBlockMs).toBeCloseTo(25);
    expect(emulator.blockCount - before).toBe(6);
    expect(emulator.records()).toHaveLength(300);
  });

  it("does not end a block at an await of a settled promise", async () => {
    const emulator = await ready();
    for (let n = 0; n < 100; n++) {
      writeSticky(emulator.api, n);
      await Promise.resolve();
    }
    expect(emulator.longestBlockMs).toBeCloseTo(50);
  });

  it("adds the measured time of the calls to the modelled cost", async () => {
    const clock = { now: 0 };
    const emulator = new FigJamEmulator({ now: () => clock.now++, costPerNodeMs: 0 });
    emulator.api.createSticky();
    emulator.api.createSticky();
    expect(emulator.longestBlockMs).toBe(2);
  });
});
