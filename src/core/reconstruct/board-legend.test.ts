import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { JourneySchema } from "../model/journey";
import { isLegendTitle } from "./board-legend";
import { reconstructJourney } from "./reconstruct-journey";

let next = 0;
function item(
  kind: BoardItem["kind"],
  text: string,
  fill: string | null,
  x: number,
  y: number,
  size: { width: number; height: number } = { width: 199, height: 228 },
): BoardItem {
  return {
    id: `${kind}-${++next}`,
    kind,
    platformType: kind,
    text,
    fill,
    x,
    y,
    rotation: 0,
    parentId: null,
    mark: null,
    ...size,
  };
}
const CHIP = { width: 60, height: 60 };
const chip = (fill: string, x: number, y: number, text = "") =>
  item("sticky", text, fill, x, y, CHIP);
const caption = (text: string, x: number, y: number) =>
  item("text", text, null, x, y, { width: 220, height: 40 });

const FIGJAM_FILLS: Record<string, string> = {
  yellow: "#FFC943",
  blue: "#3DADFF",
  pink: "#FFA8DB",
};

/** Stage titles over the three stages of `journeyNotes`. */
const headers = () =>
  ["Need", "Buy", "Use"].map((title, stage) => caption(title, stage * 600, -250));

/** A small journey of three stages whose notes' lanes come from colour: yellow, blue, pink. */
function journeyNotes(fills = ["yellow", "blue", "pink"]) {
  return [0, 1, 2].flatMap((stage) =>
    fills.map((fill, row) => item("sticky", `Note ${stage}.${row}`, fill, stage * 600, row * 300)),
  );
}

/** More notes in the same stages and lanes: a second column in each stage. */
function moreNotes(fills = ["yellow", "blue", "pink"]) {
  return [0, 1, 2].flatMap((stage) =>
    fills.map((fill, row) =>
      item("sticky", `More ${stage}.${row}`, fill, stage * 600 + 220, row * 300 + 20),
    ),
  );
}

function read(items: BoardItem[], platform: Platform = "miro") {
  const more = moreNotes().map((n) =>
    platform === "figjam" ? { ...n, fill: FIGJAM_FILLS[n.fill as string] ?? n.fill } : n,
  );
  const result = reconstructJourney([...headers(), ...items, ...more], { platform });
  expect(JourneySchema.safeParse(result.journey).success).toBe(true);
  const lane = (id: string) => result.journey.placements.find((p) => p.noteId === id)?.lane;
  const role = (id: string) => result.journey.unplaced.find((u) => u.noteId === id)?.role;
  return { ...result, lane, role };
}

/** The team's meanings: yellow pains, blue ideas, pink questions (not the default's). */
function expectTeamMeanings(result: ReturnType<typeof read>, notes: BoardItem[]) {
  expect(result.legendSource).toBe("board");
  expect(notes.map((n) => result.lane(n.id))).toEqual(
    Array.from({ length: 3 }, () => ["pain", "opportunity", "question"]).flat(),
  );
}

describe("the team's own legend", () => {
  it("reads a row of chips with captions beside them, under a title", () => {
    const title = caption("Färgkoder", -200, -900);
    const chips = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, i * 400 - 200, -800));
    const captions = ["Smärtpunkter", "Idéer", "Frågor"].map((text, i) =>
      caption(text, i * 400 - 200 + 150, -800),
    );
    const notes = journeyNotes();
    const result = read([title, ...chips, ...captions, ...notes]);
    expectTeamMeanings(result, notes);
    for (const c of chips) expect(result.role(c.id)).toBe("legend");
    expect(result.journey.unplaced.find((u) => u.noteId === chips[0]?.id)?.reason).toBe(
      "legend swatch: yellow means pain points",
    );
  });

  it("reads a column of chips with captions beside them, without a title", () => {
    const chips = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, 2200, i * 90));
    const captions = ["Pains", "Ideas", "Questions"].map((text, i) => caption(text, 2350, i * 90));
    const notes = journeyNotes();
    const result = read([...notes, ...chips, ...captions]);
    expectTeamMeanings(result, notes);
    expect(chips.map((c) => result.role(c.id))).toEqual(["legend", "legend", "legend"]);
  });

  it("reads a row of chips with captions under them, without a title", () => {
    const chips = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, i * 250, -700));
    const captions = ["Smertepunkter", "Idéer", "Spørgsmål"].map((text, i) =>
      caption(text, i * 250 + 20, -640),
    );
    const notes = journeyNotes();
    expectTeamMeanings(read([...chips, ...captions, ...notes]), notes);
  });

  it("reads chips that carry their meaning in their own words, without a title", () => {
    const chips = [
      chip("yellow", -700, 0, "Pains"),
      chip("blue", -700, 80, "Ideas"),
      chip("pink", -700, 160, "Questions"),
    ];
    const notes = journeyNotes();
    const result = read([...chips, ...notes]);
    expectTeamMeanings(result, notes);
    expect(chips.map((c) => result.role(c.id))).toEqual(["legend", "legend", "legend"]);
  });

  it("reads notes of a note's size under a title, each naming its colour's lane", () => {
    const title = caption("Key", 2400, -200);
    const swatches = [
      item("sticky", "Pain points", "yellow", 2400, 0),
      item("sticky", "Ideas", "blue", 2400, 250),
      item("sticky", "Questions", "pink", 2400, 500),
    ];
    const notes = journeyNotes();
    const result = read([title, ...swatches, ...notes]);
    expectTeamMeanings(result, notes);
  });

  it("reads a legend in a frame titled as one, captions under its chips", () => {
    const frame = item("frame", "Farvekoder", null, 2700, 100, { width: 900, height: 300 });
    const chips = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, 2400 + i * 300, 60));
    const captions = ["Smertepunkter", "Muligheder", "Spørgsmål"].map((text, i) =>
      caption(text, 2400 + i * 300, 140),
    );
    const notes = journeyNotes();
    const result = read([frame, ...chips, ...captions, ...notes]);
    expectTeamMeanings(result, notes);
  });

  it("reads a legend titled on a sticky, the title listed as the legend's", () => {
    const title = item("sticky", "Legend", "gray", 2400, -200, { width: 199, height: 100 });
    const chips = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, 2350, -80 + i * 90));
    const captions = ["Pains", "Ideas", "Questions"].map((text, i) =>
      caption(text, 2500, -80 + i * 90),
    );
    const notes = journeyNotes();
    const result = read([title, ...chips, ...captions, ...notes]);
    expectTeamMeanings(result, notes);
    expect(result.journey.unplaced.find((u) => u.noteId === title.id)).toMatchObject({
      role: "legend",
      reason: "legend title",
    });
  });

  it("reads chips that are shapes, on FigJam's fills", () => {
    const fills = Object.values(FIGJAM_FILLS);
    const shapes = fills.map((fill, i) => item("shape", "", fill, 2200, i * 80, CHIP));
    const captions = ["Pain points", "Opportunities", "Open questions"].map((text, i) =>
      caption(text, 2350, i * 80),
    );
    const notes = journeyNotes(fills).map((n) => ({ ...n, width: 240, height: 240 }));
    const result = read([...notes, ...shapes, ...captions], "figjam");
    expectTeamMeanings(result, notes);
    expect(result.legend.entries.slice(0, 3)).toEqual([
      { colour: "figjam:yellow", meaning: "pain" },
      { colour: "figjam:blue", meaning: "opportunity" },
      { colour: "figjam:pink", meaning: "question" },
    ]);
  });

  it("reads empty chips of a note's size with captions beside them, without a title", () => {
    const chips = ["yellow", "blue", "pink"].map((fill, i) =>
      item("sticky", "", fill, 2400, i * 250, { width: 300, height: 200 }),
    );
    const captions = ["Pains", "Ideas", "Questions"].map((text, i) => caption(text, 2700, i * 250));
    const notes = journeyNotes();
    const result = read([...notes, ...chips, ...captions]);
    expectTeamMeanings(result, notes);
    expect(chips.map((c) => result.role(c.id))).toEqual(["legend", "legend", "legend"]);
  });

  it("reads a compact column of small chips just left of the notes, at the grid's edge", () => {
    const chips = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, -470, i * 80));
    const captions = ["Pains", "Ideas", "Questions"].map((text, i) => caption(text, -300, i * 80));
    const notes = journeyNotes();
    expectTeamMeanings(read([...chips, ...captions, ...notes]), notes);
  });

  it("never takes colour markers beside lane labels, with notes in their rows, for a legend", () => {
    const markers = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, -600, i * 300));
    const labels = ["Customer steps", "Touchpoints", "Feelings"].map((text, i) =>
      caption(text, -400, i * 300),
    );
    const notes = journeyNotes();
    const result = read([...markers, ...labels, ...notes]);
    expect(result.legendSource).toBe("default");
    expect(notes.map((n) => result.lane(n.id)).slice(0, 3)).toEqual([
      "step",
      "touchpoint",
      "emotion",
    ]);
  });

  it("reads captions that name the chip's colour again", () => {
    const title = caption("Färgkoder", 2400, -150);
    const chips = ["yellow", "blue", "pink"].map((fill, i) => chip(fill, 2300, i * 90));
    const captions = ["Gul = smärtpunkter", "Blå: idéer", "Rosa – frågor"].map((text, i) =>
      caption(text, 2450, i * 90),
    );
    const notes = journeyNotes();
    expectTeamMeanings(read([title, ...chips, ...captions, ...notes]), notes);
  });

  it("never takes a row of notes that name lanes for a legend", () => {
    const notes = journeyNotes();
    const row = [
      item("sticky", "Pains", "yellow", 0, 900),
      item("sticky", "Ideas", "blue", 600, 900),
      item("sticky", "Questions", "pink", 1200, 900),
    ];
    const result = read([...notes, ...row]);
    expect(result.legendSource).toBe("default");
    expect(row.map((n) => result.lane(n.id))).toEqual(["step", "touchpoint", "emotion"]);
  });

  it("never takes small captioned chips among the notes for a legend", () => {
    const notes = journeyNotes();
    const chips = ["yellow", "blue"].map((fill, i) => chip(fill, 300, 150 + i * 70));
    const captions = ["Pains", "Ideas"].map((text, i) => caption(text, 440, 150 + i * 70));
    expect(read([...notes, ...chips, ...captions]).legendSource).toBe("default");
  });

  it("never takes a column of small lane labels, a row apart, for a legend", () => {
    const labels = ["Pains", "Ideas", "Questions"].map((text, i) =>
      chip(["yellow", "blue", "pink"][i] as string, -400, i * 300, text),
    );
    const result = read([...labels, ...journeyNotes()]);
    expect(result.legendSource).toBe("default");
  });

  it("needs chips of different colours for a legend without a title", () => {
    const chips = ["yellow", "yellow"].map((fill, i) => chip(fill, 2200, i * 90));
    const captions = ["Pains", "Ideas"].map((text, i) => caption(text, 2350, i * 90));
    expect(read([...journeyNotes(), ...chips, ...captions]).legendSource).toBe("default");
  });

  it.each([
    ["Legend", true],
    ["Förklaring:", true],
    ["Färgkoder", true],
    ["Farvekoder", true],
    ["Colour code", true],
    ["Signaturforklaring", true],
    ["Key insights", false],
    ["Legendary service", false],
  ])("reads %s as a legend's title: %s", (text, expected) => {
    expect(isLegendTitle(text)).toBe(expected);
  });
});
