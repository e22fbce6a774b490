import type { Language } from "../lexicon/lane-words";

export const WRITEBACK_WORDS: Record<
  Language,
  {
    actions: string;
    tray: string;
    feelings: string;
    tidy: string;
    pains: string;
    gains: string;
    idea: string;
    owner: string;
    due: string;
    answers: string;
  }
> = {
  en: {
    actions: "Actions",
    tray: "Not placed",
    feelings: "Feelings",
    tidy: "Tidy copy",
    pains: "pains",
    gains: "gains",
    idea: "Idea",
    owner: "Owner",
    due: "Due",
    answers: "Answers",
  },
  sv: {
    actions: "Åtgärder",
    tray: "Ej placerade",
    feelings: "Känslor",
    tidy: "Städad kopia",
    pains: "smärtpunkter",
    gains: "glädjeämnen",
    idea: "Idé",
    owner: "Ägare",
    due: "Senast",
    answers: "Löser",
  },
  da: {
    actions: "Handlinger",
    tray: "Ikke placeret",
    feelings: "Følelser",
    tidy: "Ryddet kopi",
    pains: "smertepunkter",
    gains: "glæder",
    idea: "Idé",
    owner: "Ejer",
    due: "Senest",
    answers: "Løser",
  },
};
