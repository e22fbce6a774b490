import { describe, expect, it } from "vitest";
import type { FigmaPluginApi } from "../figma-api";
import { appMark, outcome, seeded, userSection, userSticky, yieldTask } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";

/** A little write in chunks, as the adapter makes them: every call's outcome, in order. */
async function write(api: FigmaPluginApi): Promise<string[]> {
  const outcomes: string[] = [];
  for (let chunk = 0; chunk < 5; chunk++) {
    for (let n = 0; n < 8; n++) {
      outcomes.push(
        outcome(() => {
          const sticky = api.createSticky();
          sticky.x = n * 300;
          sticky.setSharedPluginData("journey_mapper", "mark", `{"key":"${chunk}-${n}"}`);
        }),
      );
    }
    await yieldTask();
  }
  return outcomes;
}

function faulty(seed: number) {
  const emulator = new FigJamEmulator({
    faults: { failureRate: 0.2, userEditRate: 0.1 },
    random: seeded(seed),
  });
  emulator.addUserNodes([
    userSection("s", { x: 0, y: 0, mark: appMark("stage:1") }),
    userSticky("u1", { x: 2000, y: 0 }),
    userSticky("u2", { x: 2400, y: 0 }),
  ]);
  return emulator;
}

describe("FigJamEmulator faults", () => {
  it("gives the same faults and the same people's edits for the same seed", async () => {
    const first = faulty(11);
    const firstOutcomes = await write(first.api);
    const second = faulty(11);
    expect(await write(second.api)).toEqual(firstOutcomes);
    expect(second.userEdits).toEqual(first.userEdits);
    expect(second.records()).toEqual(first.records());
    expect(firstOutcomes.filter((o) => o !== "ok").length).toBeGreaterThan(0);
    expect(first.userEdits.length).toBeGreaterThan(0);
  });

  it("throws an injected failure before the call changes anything", () => {
    const emulator = new FigJamEmulator({ faults: { failureRate: 1 }, random: () => 0 });
    expect(() => emulator.api.createSticky()).toThrow("in createSticky: Internal error");
    expect(emulator.records()).toEqual([]);
    expect(emulator.meter.refusals).toEqual({ fault: 1, refused: 0 });
    expect(emulator.undoSteps).toEqual([]);
    expect(emulator.uncommittedChanges).toBe(0);
  });

  it("rejects an async call with an injected failure", async () => {
    const emulator = new FigJamEmulator({ faults: { failureRate: 1 }, random: () => 0 });
    await expect(emulator.api.loadFontAsync({ family: "Inter", style: "Medium" })).rejects.toThrow(
      "in loadFontAsync: Internal error",
    );
  });

  it("lets people edit only when the plugin yields, never inside its synchronous code", async () => {
    const emulator = new FigJamEmulator({ faults: { userEditRate: 1 }, random: seeded(3) });
    emulator.addUserNodes([userSticky("u1")]);
    const sticky = emulator.api.createSticky();
    sticky.x = 500;
    expect(emulator.userEdits).toEqual([]);
    await yieldTask();
    expect(emulator.userEdits).toHaveLength(2);
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("names in foreign changes only the people's nodes the plugin changed", async () => {
    const run = faulty(5);
    await write(run.api);
    expect(run.foreignChanges).toEqual([]);
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([userSticky("u1"), userSticky("old", { mark: appMark("note:old") })]);
    for (const id of ["u1", "old"]) {
      const node = await emulator.api.getNodeByIdAsync(id);
      if (node?.type === "STICKY") node.x = 10;
    }
    expect(emulator.foreignChanges).toEqual(["u1"]);
  });
});
