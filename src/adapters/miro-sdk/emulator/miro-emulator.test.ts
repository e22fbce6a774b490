import { describe, expect, it } from "vitest";
import { asFrame, asNote, outcome, seeded, userFrame, userNote } from "./emulator-test-kit";
import { MiroEmulator } from "./miro-emulator";

describe("MiroEmulator calls", () => {
  it("answers asynchronously even at 0 ms latency", async () => {
    const emulator = new MiroEmulator();
    const created = emulator.board.createStickyNote({});
    expect(emulator.records()).toHaveLength(0);
    await created;
    expect(emulator.records()).toHaveLength(1);
  });

  it("runs calls concurrently, without a queue", async () => {
    const emulator = new MiroEmulator({ latencyMs: 5 });
    await Promise.all(
      Array.from({ length: 8 }, (_, n) => emulator.board.createStickyNote({ x: n * 300 })),
    );
    expect(emulator.meter.maxInFlight).toBe(8);
    expect(emulator.meter.inFlight).toBe(0);
  });

  it("applies a call's effect only after its latency", async () => {
    const emulator = new MiroEmulator({ latencyMs: 5 });
    const created = emulator.board.createStickyNote({});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(emulator.records()).toHaveLength(0);
    await created;
    expect(emulator.records()).toHaveLength(1);
  });

  it("charges 50 credits a call, every kind of call, and counts them by method", async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({});
    await note.setMetadata("mark", { key: "a" });
    await note.getMetadata("mark");
    note.x = 100;
    await note.sync();
    await emulator.board.get({ type: ["sticky_note"] });
    await emulator.board.getAppData("legend");
    expect(emulator.meter.calls).toBe(6);
    expect(emulator.meter.credits).toBe(300);
    expect(emulator.meter.perMethod).toEqual({
      createStickyNote: 1,
      "item.setMetadata": 1,
      "item.getMetadata": 1,
      "item.sync": 1,
      get: 1,
      getAppData: 1,
    });
  });

  it("rejects a call over the sliding minute's limit as a rate limit, free of charge", async () => {
    const clock = { now: 0 };
    const emulator = new MiroEmulator({
      creditsPerMinute: 100,
      windowMs: 1_000,
      now: () => clock.now,
    });
    await emulator.board.createStickyNote({});
    await emulator.board.createStickyNote({ x: 300 });
    const over = emulator.board.createStickyNote({ x: 600 });
    await expect(over).rejects.toThrow("rate limit");
    await expect(over).rejects.toMatchObject({ status: 429 });
    expect(emulator.meter.credits).toBe(100);
    expect(emulator.records()).toHaveLength(2);
    clock.now = 1_000;
    await emulator.board.createStickyNote({ x: 900 });
    expect(emulator.meter).toMatchObject({ credits: 150, peakCreditsPerMinute: 100 });
    expect(emulator.meter.rejections.rateLimit).toBe(1);
  });
});

describe("MiroEmulator faults", () => {
  const faults = {
    failureRate: 0.2,
    rateLimitBurstRate: 0.05,
    rateLimitBurstLength: 3,
    userEditRate: 0.1,
  };

  async function faultedRun(seed: number) {
    const emulator = new MiroEmulator({ faults, random: seeded(seed) });
    emulator.addUserItems([userNote("u1"), userNote("u2", { x: 400 })]);
    const outcomes: string[] = [];
    for (let n = 0; n < 60; n++) {
      outcomes.push(await outcome(emulator.board.createStickyNote({ x: 1000 + n * 300 })));
    }
    return {
      outcomes,
      edits: emulator.userEdits,
      records: emulator.records(),
      meter: emulator.meter,
    };
  }

  it("reproduces a run from its seed", async () => {
    const first = await faultedRun(42);
    const second = await faultedRun(42);
    expect(second.outcomes).toEqual(first.outcomes);
    expect(second.edits).toEqual(first.edits);
    expect(second.records).toEqual(first.records);
    expect(first.outcomes).toContain("Internal error, please try again");
    expect(first.outcomes.some((o) => o.startsWith("API rate limit exceeded"))).toBe(true);
  });

  it("changes nothing with a faulted call", async () => {
    const failing = new MiroEmulator({ faults: { failureRate: 1 } });
    await expect(failing.board.createStickyNote({})).rejects.toThrow("Internal error");
    expect(failing.records()).toEqual([]);
    const limited = new MiroEmulator({ faults: { rateLimitBurstRate: 1 } });
    await expect(limited.board.createStickyNote({})).rejects.toMatchObject({ status: 429 });
    expect(limited.records()).toEqual([]);
    expect(limited.meter.credits).toBe(0);
  });

  it("lets people edit the board between the app's calls, and logs it", async () => {
    const emulator = new MiroEmulator({ faults: { userEditRate: 1 }, random: seeded(3) });
    emulator.addUserItems([userNote("u1")]);
    for (let n = 0; n < 6; n++) await emulator.board.get({ type: ["sticky_note"] });
    expect(emulator.userEdits).toHaveLength(6);
    expect(emulator.foreignChanges).toEqual([]);
  });
});

describe("MiroEmulator's record of the app's changes to users' items", () => {
  it("logs sync, metadata, frame.add and remove on users' items, once each", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([
      userFrame("frame"),
      userNote("moved", { x: 100 }),
      userNote("marked", { x: 200 }),
      userNote("framed", { x: -200 }),
      userNote("removed", { x: -100 }),
    ]);
    const { board } = emulator;
    const moved = asNote(await board.getById("moved"));
    moved.x = 150;
    await moved.sync();
    await moved.sync();
    const marked = asNote(await board.getById("marked"));
    await marked.setMetadata("mark", 1);
    const frame = asFrame(await board.getById("frame"));
    await frame.add(await board.getById("framed"));
    await board.remove({ id: "removed", type: "sticky_note" });
    expect(emulator.foreignChanges).toEqual(["moved", "marked", "framed", "removed"]);
  });

  it("logs nothing for the app's own items, nor a sync that changes nothing", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userNote("user")]);
    const { board } = emulator;
    const note = await board.createStickyNote({ x: 1000 });
    await note.setMetadata("mark", { key: "n" });
    note.content = "<p>Edited</p>";
    await note.sync();
    const frame = await board.createFrame({ x: 1000, width: 1000, height: 1000 });
    await frame.add(note);
    await board.remove(frame);
    const user = asNote(await board.getById("user"));
    await user.sync();
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("logs users' notes that go with the app's frame", async () => {
    const emulator = new MiroEmulator();
    const frame = await emulator.board.createFrame({ width: 1000, height: 1000 });
    emulator.addUserItems([userNote("dropped", { x: 2000 })]);
    emulator.moveItem("dropped", 100, 100);
    await emulator.board.remove(frame);
    expect(emulator.foreignChanges).toEqual(["dropped"]);
  });
});

describe("MiroEmulator's people", () => {
  it("put plain records on the board as Miro items, ids, frames and board positions kept", () => {
    const emulator = new MiroEmulator();
    const ids = emulator.addUserItems([
      userNote("n", { x: 700, y: 300, parentId: "f", fill: "#F0939D", text: "Lång kö & väntan" }),
      userFrame("f", { x: 1000, y: 500 }),
    ]);
    expect(ids).toEqual(["n", "f"]);
    const [note, frame] = emulator.records();
    expect(note).toMatchObject({
      id: "n",
      type: "sticky_note",
      x: 700,
      y: 300,
      parentId: "f",
      content: "<p>Lång kö &amp; väntan</p>",
      style: { fillColor: "red" },
      origin: "user",
      metadata: {},
    });
    expect(frame).toMatchObject({ id: "f", type: "frame", childrenIds: ["n"] });
  });

  it("notify onChange listeners of every change, theirs and the app's", async () => {
    const emulator = new MiroEmulator();
    let changes = 0;
    const stop = emulator.onChange(() => changes++);
    emulator.addUserItems([userNote("n")]);
    emulator.editText("n", "New words");
    await emulator.board.createStickyNote({ x: 500 });
    await emulator.board.get({ type: ["sticky_note"] });
    expect(emulator.records()[0]).toMatchObject({ content: "<p>New words</p>" });
    stop();
    emulator.removeItem("n");
    expect(changes).toBe(3);
  });
});
