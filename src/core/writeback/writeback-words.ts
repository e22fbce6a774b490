import type { Language } from "../lexicon/lane-words";
import { counted } from "../text/counted";

/**
 * What the write-back parts write on the board, in each language. The action list is titled
 * with the template's action lane (`LANE_TITLES`), so the board says one word for it.
 */
export const WRITEBACK_WORDS: Record<
  Language,
  {
    tray: string;
    feelings: string;
    tidy: string;
    /** A stage's gains, counted; its pains are counted in the summaries' words. */
    gains: (count: number) => string;
    idea: string;
    owner: string;
    due: string;
    answers: string;
  }
> = {
  en: {
    tray: "Not placed",
    feelings: "Feelings",
    tidy: "Tidy copy",
    gains: (count) => counted(count, "gain", "gains"),
    idea: "Idea",
    owner: "Owner",
    due: "Due",
    answers: "Answers",
  },
  sv: {
    tray: "Ej placerade",
    feelings: "Känslor",
    tidy: "Städad kopia",
    gains: (count) => counted(count, "glädjeämne", "glädjeämnen"),
    idea: "Idé",
    owner: "Ägare",
    due: "Senast",
    answers: "Löser",
  },
  da: {
    tray: "Ikke placeret",
    feelings: "Følelser",
    tidy: "Ryddet kopi",
    gains: (count) => counted(count, "glæde", "glæder"),
    idea: "Idé",
    owner: "Ejer",
    due: "Senest",
    answers: "Løser",
  },
};
