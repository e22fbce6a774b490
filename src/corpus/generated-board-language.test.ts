import { describe, expect, it } from "vitest";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { EMPTY_HEADER } from "../core/model/workshop-header";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { journeyLanguage, journeyLanguageReading } from "../core/summary/journey-language";
import { BOARD_KINDS } from "./corpus-board";
import { generateBoard } from "./generate-board";
import { MESS_LEVELS } from "./mess";

/** Å, ä, ö, æ and ø as a keyboard without them types them. */
const plainLetters = (text: string) =>
  text
    .replace(/[åä]/g, "a")
    .replace(/[ÅÄ]/g, "A")
    .replace(/[öø]/g, "o")
    .replace(/[ÖØ]/g, "O")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae");

describe("the language of the corpus's generated boards", () => {
  // Every kind, mess and platform in each language, read through its file as analyze reads it.
  const recipes = BOARD_KINDS.flatMap((kind) =>
    MESS_LEVELS.flatMap((mess) =>
      (["miro", "figjam"] as const).flatMap((platform) =>
        (["en", "sv", "da"] as const).map((language) => ({ kind, mess, platform, language })),
      ),
    ),
  );

  it.each(recipes)("reads $kind $mess $platform in $language", async (recipe) => {
    const board = await generateBoard({ ...recipe, seed: 5 });
    const file = readBoardFile(JSON.parse(JSON.stringify(board.file)));
    if (!file.ok) throw new Error(file.error);
    const read = reconstructJourney(file.value.items, { platform: recipe.platform }).journey;
    const reading = journeyLanguageReading(read);
    expect(reading.language).toBe(recipe.language);
    expect(reading.confidence).toBeGreaterThanOrEqual(0.5);
    // The notes alone, typed without å, ä, ö, æ, ø, with no titles or labels to help.
    const plain = {
      ...read,
      header: EMPTY_HEADER,
      stages: [],
      lanes: [],
      notes: read.notes.map((note) => ({ ...note, text: plainLetters(note.text) })),
      placements: [],
    };
    expect(journeyLanguage(plain)).toBe(recipe.language);
  });
});
