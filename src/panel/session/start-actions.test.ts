import { describe, expect, it } from "vitest";
import { en } from "../words/en";
import { reportText } from "../words/report-text";
import { sessionOn, sticky } from "./panel-test-kit";

describe("starting a workshop", () => {
  it("places the template in free space in the chosen language, brings it into view and reports", async () => {
    const { board, session } = await sessionOn([sticky("someone's note", "yellow", 0, 0)]);
    const start = session.start;
    start.edit("title", "Köpa cykel");
    start.edit("participants", "Anna, Björn\nCecilia");
    start.setTemplateLanguage("sv");
    expect(session.store.get().start.form.stages.split("\n")[0]).toBe("Behov");
    const progress: number[] = [];
    session.store.subscribe((s) => {
      const done = s.task?.progress?.done;
      if (done !== undefined && done !== progress.at(-1)) progress.push(done);
    });

    expect(await start.placeTemplate()).toBe(true);
    const app = board.all().filter((item) => item.mark !== null);
    expect(app.length).toBeGreaterThan(20);
    expect(app.some((item) => item.text === "Smärtpunkter")).toBe(true);
    expect(app.some((item) => item.text === "Köpa cykel")).toBe(true);
    expect(app.filter((item) => item.text === "Söka information")).toHaveLength(1);
    expect(session.store.get().report).toEqual({ kind: "template-placed", created: app.length });
    expect(session.store.get().task).toBeNull();
    expect(progress.at(-1)).toBe(app.length);
    // Beside the user's note, not on it, and in view.
    const frame = app.find((item) => item.kind === "frame");
    expect(frame && frame.x - frame.width / 2).toBeGreaterThan(100);
    expect(board.view?.x).toBe(frame && frame.x - frame.width / 2);
    expect(await board.readBoardData("last-template")).toMatchObject({
      templateId: frame?.mark?.groupId,
    });
  });

  it("says so when the same template is already on the board", async () => {
    const { board, session } = await sessionOn([]);
    await session.start.placeTemplate();
    const count = board.all().length;
    await session.start.placeTemplate();
    expect(board.all()).toHaveLength(count);
    const report = session.store.get().report;
    expect(report).toEqual({ kind: "template-placed", created: 0 });
    expect(report && reportText(en, report)).toBe(
      "This template is already on the board, complete; it is now in view.",
    );
  });

  it("says an analysis made before the template is out of date", async () => {
    const { session } = await sessionOn([sticky("someone's note", "yellow", 0, 0)]);
    await session.start.placeTemplate();
    expect(session.store.get().analyse.stale).toBe(false);
    await session.analyse.analyse();
    session.start.edit("title", "Another one");
    await session.start.placeTemplate();
    expect(session.store.get().analyse.stale).toBe(true);
  });

  it("keeps stages the user typed when the template language changes", async () => {
    const { session } = await sessionOn([]);
    session.start.edit("stages", "Discover\nJoin");
    session.start.setTemplateLanguage("da");
    expect(session.store.get().start.form.stages).toBe("Discover\nJoin");
    session.start.edit("stages", "");
    session.start.setTemplateLanguage("sv");
    expect(session.store.get().start.form.stages).toBe("");
  });

  it("refuses a form without stages, in plain words next to the field, and writes nothing", async () => {
    const { board, session } = await sessionOn([]);
    session.start.edit("stages", "  \n ");
    session.start.setLanesFrom("own");
    for (const kind of session.store.get().start.form.lanes) session.start.toggleLane(kind);
    expect(await session.start.placeTemplate()).toBe(false);
    expect(session.store.get().start.problems).toEqual({
      stages: { kind: "no-stages" },
      lanes: { kind: "no-lanes" },
    });
    expect(board.all()).toEqual([]);
    session.start.edit("stages", "Need");
    expect(session.store.get().start.problems).toEqual({ lanes: { kind: "no-lanes" } });
  });

  it("places own lanes in the usual order", async () => {
    const { board, session } = await sessionOn([]);
    session.start.setLanesFrom("own");
    for (const kind of session.store.get().start.form.lanes) session.start.toggleLane(kind);
    session.start.toggleLane("gain");
    session.start.toggleLane("step");
    expect(session.store.get().start.form.lanes).toEqual(["step", "gain"]);
    await session.start.placeTemplate();
    const labels = board
      .all()
      .filter((item) => item.mark?.role === "lane-label")
      .sort((a, b) => a.y - b.y)
      .map((item) => item.text);
    expect(labels).toEqual(["Customer steps", "Gains"]);
  });
});
