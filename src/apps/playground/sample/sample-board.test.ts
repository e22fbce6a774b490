import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBoardFile } from "../../../adapters/board-file/read-board-file";
import { listActions } from "../../../core/actions/list-actions";
import { reconstructJourney } from "../../../core/reconstruct/reconstruct-journey";
import { summarizeJourney } from "../../../core/summary/summarize-journey";

/** The board the playground opens on, read as the CLI and the panel read it. */
function sampleBoard() {
  const json: unknown = JSON.parse(
    readFileSync(new URL("flytta-bredband.json", import.meta.url), "utf8"),
  );
  const read = readBoardFile(json);
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

describe("the sample board", () => {
  const board = sampleBoard();
  const reading = reconstructJourney(board.items, { platform: board.platform });
  const { journey } = reading;
  const textOf = (id: string) => journey.notes.find((n) => n.id === id)?.text;

  it("is a Miro REST items file of a messy workshop: frames, a hundred-odd notes, labels, a photo", () => {
    expect(board.platform).toBe("miro");
    expect(board.warnings).toEqual([]);
    const kinds = board.items.reduce<Record<string, number>>((count, item) => {
      count[item.platformType] = (count[item.platformType] ?? 0) + 1;
      return count;
    }, {});
    expect(kinds).toEqual({ frame: 6, sticky_note: 117, text: 8, shape: 1, image: 1 });
  });

  it("reads into five stages from its frames, lanes from its partial labels, by the team's own legend", () => {
    expect(journey.stages.map((s) => s.title)).toEqual([
      "1. Behov",
      "2. Hitta info",
      "3. Beställa",
      "4. Installation",
      "5. Första fakturan",
    ]);
    // The touchpoints' row has no label: it takes its lane from the colour of its notes.
    expect(journey.lanes.map((l) => l.kind)).toEqual([
      "step",
      "touchpoint",
      "emotion",
      "pain",
      "gain",
      "opportunity",
      "action",
    ]);
    expect([reading.stageSource, reading.laneSource, reading.legendSource]).toEqual([
      "frames",
      "labels",
      "board",
    ]);
    // The team's legend makes violet their feelings, where the default reads violet as thoughts.
    expect(reading.legend.entries).toContainEqual({ colour: "miro:violet", meaning: "emotion" });
    expect(journey.header.persona).toBe(
      "Sara, 34, jobbar hemifrån, flyttar från Uppsala till Västerås",
    );
  });

  it("has its pains where the workshop put them, most of them in the installation", () => {
    const pains = (stage: number) =>
      journey.placements.filter((p) => p.stage === stage && p.lane === "pain").length;
    expect([0, 1, 2, 3, 4].map(pains)).toEqual([3, 4, 4, 7, 3]);
    const summary = summarizeJourney(journey);
    expect(summary.hotspot).toBe(3);
    expect(summary.topPains[0]).toMatchObject({
      text: "Lång väntetid i telefon",
      count: 2,
      stages: [1, 3],
    });
    expect(summary.openQuestions.map((q) => q.text)).toContain("Vem äger flyttprocessen internt?");
  });

  it("reads the team's legend swatches as structure, not notes", () => {
    const legend = journey.unplaced.filter((u) => u.role === "legend").map((u) => textOf(u.noteId));
    expect(legend).toEqual([
      "Kundens aktiviteter",
      "Kontaktpunkter",
      "Känslor",
      "Smärtpunkter",
      "Det som fungerar",
      "Idéer",
      "Åtgärder",
      "Frågor",
    ]);
  });

  it("lists the notes off the journey, and the two it cannot place with their reasons", () => {
    expect(journey.placements.filter((p) => p.stage === null).map((p) => textOf(p.noteId))).toEqual(
      [
        "Tekniker",
        "Mål: NKI efter flytt 54 → 70\nChurn vid flytt 18 % → 10 %",
        "Gäller det här även företagskunder?",
        "Kan vi se flyttar i CRM:et?",
        "Vad gör konkurrenterna?",
        "Prata med juridik om bindningstiden",
        "Vad kostar en flytt oss per ärende?",
        "Vem äger flyttprocessen internt?",
        "",
      ],
    );
    const notPlaced = journey.unplaced.filter((u) => u.role === undefined);
    expect(notPlaced.map((u) => [textOf(u.noteId), u.reason])).toEqual([
      [
        "Fika kl 15 ☕",
        "it lies outside every stage, and its colour (miro:black) means nothing in the legend",
      ],
      [
        "Nästa workshop: 2 april",
        "it lies outside every stage, and its colour (miro:dark_blue) marks stage headers",
      ],
    ]);
  });

  it("gives actions with owners and due dates, and ideas ranked by their +1 votes", () => {
    const { actions } = listActions(journey);
    const planned = actions
      .filter((a) => a.status === "planned")
      .map((a) => [a.title, a.owner, a.due]);
    expect(planned).toEqual([
      ["Flyttformuläret till startsidan", "lina", "2026-04-15"],
      ["Skicka bekräftelse inom 1 h", "ahmed", "2026-05-01"],
      ["Router levereras 5 dagar före flytt", "lina", "2026-05-20"],
      ["SMS-avisering av teknikerbesök", "johan", "2026-04-30"],
    ]);
    expect(actions.find((a) => a.title === "Skicka routern i förväg")).toMatchObject({
      votes: 5,
      priority: "high",
    });
  });
});
