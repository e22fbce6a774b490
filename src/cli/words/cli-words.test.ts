import { describe, expect, it } from "vitest";
import { cliWords, type ReadingFigures } from "./cli-words";

const many: ReadingFigures = {
  placed: 40,
  stages: 5,
  lanes: 7,
  structure: 12,
  unplaced: 3,
  stageSource: "header-row",
  laneSource: "labels",
  legendSource: "default",
  vertical: false,
};
const one: ReadingFigures = {
  placed: 1,
  stages: 1,
  lanes: 1,
  structure: 1,
  unplaced: 1,
  stageSource: "frames",
  laneSource: "colour",
  legendSource: "board",
  vertical: true,
};
const none: ReadingFigures = {
  placed: 0,
  stages: 0,
  lanes: 0,
  structure: 0,
  unplaced: 0,
  stageSource: "none",
  laneSource: "template",
  legendSource: "user",
  vertical: false,
};

/** The analyze summary of one journey as the command line writes it. */
const line = (language: "en" | "sv" | "da", notes: number, figures: ReadingFigures) => {
  const words = cliWords(language);
  return `${words.readFrom(notes, "miro")}: ${words.howRead(figures)}.`;
};

describe("the command line's words", () => {
  it("tell how a journey was read in English, with the singular for one", () => {
    expect(line("en", 55, many)).toBe(
      "Read 55 notes from a Miro board: 40 placed in 5 stages and 7 lanes, 12 read as headers, labels, legend or vote dots, 3 not placed (stages from the header row, lanes from lane labels, default legend).",
    );
    expect(line("en", 1, one)).toBe(
      "Read 1 note from a Miro board: 1 placed in 1 stage and 1 lane, 1 read as headers, labels, legend or vote dots, 1 not placed (stages from frames, lanes from note colours, board legend, running down the board).",
    );
    expect(line("en", 0, none)).toBe(
      "Read 0 notes from a Miro board: 0 placed in 0 stages and 0 lanes, 0 read as headers, labels, legend or vote dots, 0 not placed (the board has no notes, user legend).",
    );
  });

  it("tell it in Swedish, the participles agreeing with the count", () => {
    expect(line("sv", 55, many)).toBe(
      "Läste 55 lappar från en Miro-tavla: 40 placerade i 5 faser och 7 rader, 12 lästa som rubriker, etiketter, teckenförklaring eller röstprickar, 3 inte placerade (faser från rubrikraden, rader från radetiketterna, standardförklaringen).",
    );
    expect(line("sv", 1, one)).toBe(
      "Läste 1 lapp från en Miro-tavla: 1 placerad i 1 fas och 1 rad, 1 läst som rubriker, etiketter, teckenförklaring eller röstprickar, 1 inte placerad (faser från ramarna, rader från lapparnas färger, tavlans egen teckenförklaring, resan löper nedåt på tavlan).",
    );
    expect(line("sv", 0, none)).toBe(
      "Läste 0 lappar från en Miro-tavla: 0 placerade i 0 faser och 0 rader, 0 lästa som rubriker, etiketter, teckenförklaring eller röstprickar, 0 inte placerade (tavlan har inga lappar, din egen teckenförklaring).",
    );
  });

  it("tell it in Danish, the participles uninflected after a count", () => {
    expect(line("da", 55, many)).toBe(
      "Læste 55 sedler fra en Miro-tavle: 40 placeret i 5 faser og 7 rækker, 12 læst som overskrifter, etiketter, forklaring eller stemmeprikker, 3 ikke placeret (faser fra overskriftsrækken, rækker fra rækkeetiketterne, standardforklaringen).",
    );
    expect(line("da", 1, one)).toBe(
      "Læste 1 seddel fra en Miro-tavle: 1 placeret i 1 fase og 1 række, 1 læst som overskrifter, etiketter, forklaring eller stemmeprikker, 1 ikke placeret (faser fra rammerne, rækker fra sedlernes farver, tavlens egen forklaring, rejsen går nedad på tavlen).",
    );
    expect(line("da", 0, none)).toBe(
      "Læste 0 sedler fra en Miro-tavle: 0 placeret i 0 faser og 0 rækker, 0 læst som overskrifter, etiketter, forklaring eller stemmeprikker, 0 ikke placeret (tavlen har ingen sedler, din egen forklaring).",
    );
  });

  it("name a board of several journeys and each journey's notes", () => {
    const say = (language: "en" | "sv" | "da") => {
      const words = cliWords(language);
      return [
        words.readFromSeveral(1, "figjam", 2),
        words.readFromSeveral(50, "miro", 3),
        words.notes(1),
        words.notes(0),
      ];
    };
    expect(say("en")).toEqual([
      "Read 1 note from a FigJam board of 2 journeys",
      "Read 50 notes from a Miro board of 3 journeys",
      "1 note",
      "0 notes",
    ]);
    expect(say("sv")).toEqual([
      "Läste 1 lapp från en FigJam-tavla med 2 kundresor",
      "Läste 50 lappar från en Miro-tavla med 3 kundresor",
      "1 lapp",
      "0 lappar",
    ]);
    expect(say("da")).toEqual([
      "Læste 1 seddel fra en FigJam-tavle med 2 kunderejser",
      "Læste 50 sedler fra en Miro-tavle med 3 kunderejser",
      "1 seddel",
      "0 sedler",
    ]);
  });

  it("say which journey of several is taken, and that an export has no actions", () => {
    const list = '1 "Idag", 2 "Målbild"';
    expect(cliWords("en").firstOfSeveral(2, list)).toBe(
      'note: the board holds 2 journeys (1 "Idag", 2 "Målbild"); this is journey 1 (pick another with --journey N or --journey TITLE)',
    );
    expect(cliWords("sv").firstOfSeveral(2, list)).toBe(
      'obs: tavlan rymmer 2 kundresor (1 "Idag", 2 "Målbild"); det här är kundresa 1 (välj en annan med --journey N eller --journey TITEL)',
    );
    expect(cliWords("da").firstOfSeveral(2, list)).toBe(
      'bemærk: tavlen rummer 2 kunderejser (1 "Idag", 2 "Målbild"); dette er kunderejse 1 (vælg en anden med --journey N eller --journey TITEL)',
    );
    expect(cliWords("en").noActions("board.json")).toBe(
      "note: board.json has no actions yet (no notes in the action lane, no opportunities, no pains to answer); the export holds none",
    );
    expect(cliWords("sv").noActions("tavla.json")).toBe(
      "obs: tavla.json har inga åtgärder än (inga lappar i raden Åtgärder, inga möjligheter, inga smärtpunkter att ta itu med); exporten innehåller inga",
    );
    expect(cliWords("da").noActions("tavle.json")).toBe(
      "bemærk: tavle.json har ingen handlinger endnu (ingen sedler i rækken Tiltag, ingen muligheder, ingen smertepunkter at tage fat på); eksporten indeholder ingen",
    );
  });

  it("say that an export holds none when its only actions, suggestions, were left out", () => {
    expect(cliWords("en").onlySuggestions("board.json", 1)).toBe(
      "note: board.json has no actions from the team yet, only 1 suggestion from journey-mapper, which --no-suggestions leaves out; the export holds none",
    );
    expect(cliWords("sv").onlySuggestions("tavla.json", 2)).toBe(
      "obs: tavla.json har inga åtgärder från teamet än, bara 2 förslag från journey-mapper, som --no-suggestions utelämnar; exporten innehåller inga",
    );
    expect(cliWords("da").onlySuggestions("tavle.json", 2)).toBe(
      "bemærk: tavle.json har ingen handlinger fra teamet endnu, kun 2 forslag fra journey-mapper, som --no-suggestions udelader; eksporten indeholder ingen",
    );
  });

  it("say what a written template holds, one stage or lane in the singular", () => {
    const one = { stages: 1, lanes: 1, preset: null, items: 1 } as const;
    const many = { stages: 3, lanes: 9, items: 55 } as const;
    expect(cliWords("en").wroteTemplate("a.json", { ...one, language: "en" })).toBe(
      "Wrote a.json: 1 stage × 1 lane (custom, en), 1 item",
    );
    expect(
      cliWords("en").wroteTemplate("a.json", {
        ...many,
        preset: "Pains and gains",
        language: "en",
      }),
    ).toBe("Wrote a.json: 3 stages × 9 lanes (Pains and gains, en), 55 items");
    expect(cliWords("sv").wroteTemplate("a.json", { ...one, language: "sv" })).toBe(
      "Skrev a.json: 1 fas × 1 rad (egna rader, sv), 1 objekt",
    );
    expect(
      cliWords("sv").wroteTemplate("a.json", {
        ...many,
        preset: "Workshopkundresa",
        language: "sv",
      }),
    ).toBe("Skrev a.json: 3 faser × 9 rader (Workshopkundresa, sv), 55 objekt");
    expect(cliWords("da").wroteTemplate("a.json", { ...one, language: "da" })).toBe(
      "Skrev a.json: 1 fase × 1 række (egne rækker, da), 1 element",
    );
    expect(cliWords("da").wroteTemplate("a.json", { ...many, preset: null, language: "da" })).toBe(
      "Skrev a.json: 3 faser × 9 rækker (egne rækker, da), 55 elementer",
    );
  });
});
