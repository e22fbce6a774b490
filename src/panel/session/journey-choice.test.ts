import { describe, expect, it } from "vitest";
import { AS_IS_AND_TO_BE, journeysBoard, sessionOn, smallWorkshop } from "./panel-test-kit";

const titles = (journeys: readonly { journey: { header: { title: string | null } } }[]) =>
  journeys.map((one) => one.journey.header.title);

describe("choosing a journey on a board that holds several", () => {
  it("reads an as-is and a to-be as two journeys, previews the first, and counts every note", async () => {
    const { session } = await sessionOn(journeysBoard(AS_IS_AND_TO_BE).items);
    await session.analyse.analyse();
    const { analyse, report, error } = session.store.get();
    expect(error).toBeNull();
    expect(titles(analyse.journeys)).toEqual(["Idag", "Målbild"]);
    expect(analyse.journey).toBe(0);
    expect(analyse.preview).toBe(analyse.journeys[0]);
    expect(analyse.preview?.stages).toEqual(["Hitta", "Beställa", "Installera"]);
    expect(analyse.preview?.placed).toBe(7);
    expect(analyse.journeys[1]?.stages).toEqual(["Välja själv", "Klart direkt"]);
    // The report is of all that was read: both journeys' notes.
    expect(report).toEqual({ kind: "analysed", placed: 11, unplaced: 0 });
  });

  it("previews, writes back and exports the journey chosen", async () => {
    const { session, board } = await sessionOn(journeysBoard(AS_IS_AND_TO_BE).items);
    await session.analyse.analyse();
    await session.write.write("summaries");
    session.analyse.setJourney(1);
    const { analyse, report } = session.store.get();
    expect(analyse.journey).toBe(1);
    expect(analyse.preview?.stages).toEqual(["Välja själv", "Klart direkt"]);
    expect(analyse.preview?.rows.map((r) => [r.kind, r.counts])).toEqual([
      ["step", [1, 1]],
      ["pain", [1, 1]],
    ]);
    // "Wrote the summaries of 3 stages" was about the as-is.
    expect(report).toBeNull();

    await session.write.write("summaries");
    expect(session.store.get().report).toMatchObject({ stages: 2, created: 3, removed: 0 });
    // Each journey keeps its own summaries: a headline and one a stage.
    const summaries = board.all().filter((item) => item.mark?.part === "summaries");
    expect(summaries).toHaveLength(4 + 3);
    const toBe = summaries.filter((item) => item.mark?.groupId === "wb-2");
    expect(summaries.filter((item) => item.mark?.groupId === "wb")).toHaveLength(4);
    expect(toBe).toHaveLength(3);
    expect(toBe.some((item) => item.text.includes("Klart direkt"))).toBe(true);
    expect(toBe.some((item) => item.text.includes("Installera"))).toBe(false);

    const file = await session.exporting.file();
    expect(file?.text).toContain("Klart direkt");
    expect(file?.text).not.toContain("Installera");
    await session.exporting.refresh();
    expect(session.store.get().exporting.lines?.join("\n")).toContain("Målbild");
  });

  it("keeps the choice for the session: analysing again, one frame alone, and the board again", async () => {
    const { items, frames } = journeysBoard(AS_IS_AND_TO_BE);
    const { session } = await sessionOn(items);
    await session.analyse.analyse();
    session.analyse.setJourney(1);
    await session.analyse.analyse();
    expect(session.store.get().analyse.journey).toBe(1);

    session.analyse.setScope("frame");
    await session.analyse.refreshFrames();
    session.analyse.setFrame(frames[1]?.id ?? "");
    await session.analyse.analyse();
    expect(titles(session.store.get().analyse.journeys)).toEqual(["Målbild"]);
    expect(session.store.get().analyse.journey).toBe(0);

    session.analyse.setScope("board");
    await session.analyse.analyse();
    const { analyse } = session.store.get();
    expect(analyse.journey).toBe(1);
    expect(analyse.preview?.journey.header.title).toBe("Målbild");
  });

  it("writes in the chosen journey's language, and says each headline in the panel's", async () => {
    const danishToBe = {
      title: "Fremtid",
      stages: ["Vælge selv", "Færdig med det samme"],
      notes: [
        ["Sammenligner i appen", "Svært at forstå prisen"],
        ["Aktiverer selv", "Bekymret for afbrydelse"],
      ],
    };
    const first = AS_IS_AND_TO_BE[0];
    if (first === undefined) throw new Error("the kit has an as-is");
    const { session } = await sessionOn(journeysBoard([first, danishToBe]).items);
    await session.analyse.analyse();
    const language = () => {
      const { preview, writeLanguage } = session.store.get().analyse;
      return [preview?.boardLanguage, writeLanguage];
    };
    expect(language()).toEqual(["sv", "sv"]);
    session.analyse.setJourney(1);
    expect(language()).toEqual(["da", "da"]);
    session.analyse.setJourney(0);
    expect(language()).toEqual(["sv", "sv"]);

    expect(await session.setLanguage("da")).toBe(true);
    session.analyse.setJourney(1);
    expect(session.store.get().analyse.preview?.headline).toMatch(/^Hotspot: .*smertepunkt/);
  });

  it("has nothing to choose on a board of one journey", async () => {
    const { session } = await sessionOn(smallWorkshop().items);
    await session.analyse.analyse();
    const before = session.store.get().analyse;
    expect(before.journeys).toHaveLength(1);
    session.analyse.setJourney(1);
    expect(session.store.get().analyse).toBe(before);
  });
});
