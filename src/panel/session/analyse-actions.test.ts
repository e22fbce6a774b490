import { describe, expect, it } from "vitest";
import type { DEFAULT_LEGEND } from "../../core/legend/default-legend";
import { da } from "../words/da";
import { en } from "../words/en";
import { errorText } from "../words/report-text";
import { sv } from "../words/sv";
import { type AnalysisLoader, analyseActions } from "./analyse-actions";
import { createPanelSession } from "./panel-session";
import { sessionOn, smallWorkshop, sticky, userItem } from "./panel-test-kit";
import { createTaskRunner } from "./task-runner";

describe("analysing the board", () => {
  it("previews stages by lanes, the hotspot, feelings and every unplaced note with its reason", async () => {
    const { items, lost } = smallWorkshop();
    const { session } = await sessionOn(items);
    await session.analyse.analyse();
    const { analyse, report, error } = session.store.get();
    const preview = analyse.preview;
    expect(error).toBeNull();
    expect(preview?.stages).toEqual(["Need", "Buy", "Use"]);
    expect(preview?.rows.map((r) => [r.kind, r.counts])).toEqual([
      ["step", [1, 1, 1]],
      ["emotion", [0, 0, 1]],
      ["pain", [1, 2, 0]],
    ]);
    expect(preview?.hotspot).toBe(1);
    expect(preview?.headline).toMatch(/^Hotspot: Buy, 2 pain points/);
    expect(preview?.feelings[2]).toBeLessThan(0);
    expect(preview?.unplaced).toEqual([
      {
        noteId: lost.id,
        text: "Remember the coffee",
        reason: { kind: "outside", clause: "meaningless-colour", colour: "black" },
      },
    ]);
    expect(preview?.legendSource).toBe("default");
    expect(report).toEqual({ kind: "analysed", placed: 7, unplaced: 1 });
  });

  it("counts structure notes apart from the problems", async () => {
    const headers = ["Need", "Buy"].map((t, s) => sticky(t, "dark_blue", s * 800, -400));
    const notes = [sticky("a", "yellow", 0, 0), sticky("b", "red", 800, 0)];
    const { session } = await sessionOn([...headers, ...notes]);
    await session.analyse.analyse();
    const preview = session.store.get().analyse.preview;
    expect(preview?.stages).toEqual(["Need", "Buy"]);
    expect(preview?.structure).toBe(2);
    expect(preview?.unplaced).toEqual([]);
  });

  it("marks placements it is unsure of, and gives notes without a lane their own row", async () => {
    // A black note in a stage has a stage but no lane: half an answer.
    const headers = ["Need", "Buy"].map((t, s) => userItem("text", t, null, s * 800, -400));
    const notes = [
      sticky("a", "yellow", 0, 0),
      sticky("b", "yellow", 800, 0),
      sticky("what is this?", "black", 800, 300),
    ];
    const { session } = await sessionOn([...headers, ...notes]);
    await session.analyse.analyse();
    const preview = session.store.get().analyse.preview;
    expect(preview?.uncertain).toBe(1);
    expect(preview?.rows.map((r) => [r.kind, r.counts, r.uncertain])).toEqual([
      ["step", [1, 1], [0, 0]],
      [null, [0, 1], [0, 1]],
    ]);
  });

  it("reads the selection, counts it live, and says when the preview is out of date", async () => {
    const { items, pains } = smallWorkshop();
    const { board, session } = await sessionOn(items);
    session.analyse.setScope("selection");
    await session.analyse.analyse();
    expect(session.store.get().error).toEqual({ kind: "empty-selection", message: "" });
    expect(session.store.get().analyse.preview).toBeNull();

    board.selection = pains.map((p) => p.id);
    expect(session.store.get().analyse.selectionCount).toBe(3);
    await session.analyse.analyse();
    expect(session.store.get().analyse.preview?.placed).toBe(3);
    expect(session.store.get().analyse.stale).toBe(false);

    board.selection = [pains[0]?.id ?? ""];
    expect(session.store.get().analyse.selectionCount).toBe(1);
    expect(session.store.get().analyse.stale).toBe(true);
    session.dispose();
    board.selection = [];
    expect(session.store.get().analyse.selectionCount).toBe(1);
  });

  it("reads one frame by its title from the frame list", async () => {
    const frame = userItem("frame", "Onboarding", null, 0, 0, { width: 2000, height: 1000 });
    const inside = sticky("Sign up", "yellow", 100, 100);
    const outside = sticky("Elsewhere", "yellow", 5000, 0);
    const { session } = await sessionOn([frame, { ...inside, parentId: frame.id }, outside]);
    session.analyse.setScope("frame");
    await session.analyse.refreshFrames();
    expect(session.store.get().analyse.frames).toEqual([{ id: frame.id, title: "Onboarding" }]);
    expect(session.store.get().analyse.frameId).toBe(frame.id);
    await session.analyse.analyse();
    const preview = session.store.get().analyse.preview;
    expect(preview?.journey.notes.map((n) => n.text)).toEqual(["Sign up"]);
  });

  it("reads a selection or a frame by the legend drawn elsewhere on the board", async () => {
    const legend = [
      userItem("text", "Förklaring", null, 5000, -100),
      sticky("Smärtpunkter", "yellow", 5000, 100),
      sticky("Kundsteg", "blue", 5000, 350),
    ];
    const frame = userItem("frame", "Köp", null, 0, 0, { width: 2000, height: 1000 });
    const pain = { ...sticky("Lång väntetid", "yellow", 100, 100), parentId: frame.id };
    const step = { ...sticky("Ringer", "blue", 400, 100), parentId: frame.id };
    const { board, session } = await sessionOn([...legend, frame, pain, step]);
    const lanes = () => {
      const preview = session.store.get().analyse.preview;
      const lane = (id: string) => preview?.journey.placements.find((p) => p.noteId === id)?.lane;
      return [preview?.legendSource, lane(pain.id), lane(step.id)];
    };

    board.selection = [pain.id, step.id];
    session.analyse.setScope("selection");
    await session.analyse.analyse();
    expect(lanes()).toEqual(["board", "pain", "step"]);

    session.analyse.setScope("frame");
    await session.analyse.refreshFrames();
    await session.analyse.analyse();
    expect(session.store.get().analyse.preview?.journey.notes).toHaveLength(2);
    expect(lanes()).toEqual(["board", "pain", "step"]);
  });

  it("keeps a colour's new meaning on the board and reads the board again with it", async () => {
    const { items, pains } = smallWorkshop();
    const { board, session } = await sessionOn(items);
    await session.analyse.analyse();
    await session.analyse.setColourMeaning("miro:red", "gain");

    const saved = (await board.readBoardData("legend")) as typeof DEFAULT_LEGEND;
    expect(saved.entries.find((e) => e.colour === "miro:red")?.meaning).toBe("gain");
    const { preview } = session.store.get().analyse;
    expect(preview?.legendSource).toBe("saved");
    const lanes = pains.map(
      (p) => preview?.journey.placements.find((pl) => pl.noteId === p.id)?.lane,
    );
    expect(lanes).toEqual(["gain", "gain", "gain"]);
    expect(session.store.get().report).toEqual({
      kind: "legend-saved",
      colour: "miro:red",
      meaning: "gain",
    });

    // The next person to open the panel on this board reads it with the saved legend.
    const next = createPanelSession(board, { language: "da" });
    await next.analyse.analyse();
    const gains = next.store.get().analyse.preview?.rows.find((r) => r.kind === "gain");
    expect(gains?.counts).toEqual([1, 2, 0]);
  });

  it("ignores a broken saved legend and says so", async () => {
    const { items, pains } = smallWorkshop();
    const { board, session } = await sessionOn(items);
    await board.writeBoardData("legend", { schemaVersion: 1, entries: [{ colour: "nope" }] });
    await session.analyse.analyse();
    const { analyse } = session.store.get();
    expect(analyse.brokenSavedLegend).toBe(true);
    expect(analyse.preview?.legendSource).toBe("default");
    const lane = analyse.preview?.journey.placements.find((p) => p.noteId === pains[0]?.id)?.lane;
    expect(lane).toBe("pain");
  });

  it("brings an unplaced note into view", async () => {
    const { items, lost } = smallWorkshop();
    const { board, session } = await sessionOn(items);
    await session.analyse.analyse();
    await session.analyse.showNote(lost.id);
    expect(board.view).toEqual({
      x: lost.x - lost.width / 2,
      y: lost.y - lost.height / 2,
      width: lost.width,
      height: lost.height,
    });
  });

  it("says the headline again in the panel's new language", async () => {
    const { items } = smallWorkshop();
    const { session } = await sessionOn(items);
    await session.analyse.analyse();
    expect(await session.setLanguage("sv")).toBe(true);
    expect(session.store.get().analyse.preview?.headline).toMatch(/^Hotspot: Buy, 2 smärtpunkter/);
  });

  it("says when the analysis could not be fetched, and fetches it again at the next try", async () => {
    const { items } = smallWorkshop();
    const { board, session } = await sessionOn(items);
    let tries = 0;
    const flaky: AnalysisLoader = () => {
      tries += 1;
      if (tries === 1) {
        const url = "https://app.example/assets/board-analysis-9c1d.js";
        return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
      }
      return import("./board-analysis");
    };
    const { store } = session;
    const analyse = analyseActions(
      { port: board, store, tasks: createTaskRunner(store) },
      () => {},
      flaky,
    );
    await analyse.analyse();
    const error = store.get().error;
    expect(error?.kind).toBe("analysis-unavailable");
    expect(store.get().analyse.preview).toBeNull();
    expect(error && [en, sv, da].map((words) => errorText(words, error))).toEqual([
      "The analysis could not be loaded. Check the connection and try again.",
      "Analysen kunde inte laddas. Kontrollera anslutningen och försök igen.",
      "Analysen kunne ikke indlæses. Tjek forbindelsen, og prøv igen.",
    ]);
    await analyse.analyse();
    expect([tries, store.get().error, store.get().analyse.preview?.placed]).toEqual([2, null, 7]);
  });
});
