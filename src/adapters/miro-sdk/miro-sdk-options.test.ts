import { describe, expect, it } from "vitest";
import { MIRO_SDK_DEFAULTS, miroSdkSettings } from "./miro-sdk-options";

describe("miroSdkSettings", () => {
  it("takes Miro's published limits and a 90% budget by default", () => {
    const settings = miroSdkSettings();
    expect(settings).toMatchObject({
      concurrency: 6,
      creditsPerCall: 50,
      creditsPerMinute: 100_000,
      creditsPerHour: 1_000_000,
      budgetShare: 0.9,
      windowMs: 60_000,
      retries: 3,
      giveUpAfterMs: 300_000,
      cleanupGiveUpAfterMs: 30_000,
    });
    expect(settings.sleep).toBe(MIRO_SDK_DEFAULTS.sleep);
  });

  it("keeps what is given, ignores what is given as undefined, and runs at least one call", () => {
    const settings = miroSdkSettings({ concurrency: 0.5, retries: undefined, windowMs: 100 });
    expect([settings.concurrency, settings.retries, settings.windowMs]).toEqual([1, 3, 100]);
    expect(miroSdkSettings({ concurrency: 12.7 }).concurrency).toBe(12);
  });
});
