import type { Language } from "../lexicon/lane-words";

/** The words of the journey table's report that the template has none for. */
export interface JourneyMarkdownWords {
  emptyNote: string;
  check: (percent: number) => string;
  outside: string;
  notPlaced: string;
  structure: string;
  roles: Record<string, string>;
  stage: (title: string) => string;
  noStage: string;
  noLane: string;
}

export const JOURNEY_MARKDOWN_WORDS: Record<Language, JourneyMarkdownWords> = {
  en: {
    emptyNote: "(empty note)",
    check: (p) => `(?) marks a note placed with less than ${p}% confidence: check it.`,
    outside: "Outside the stages or lanes",
    notPlaced: "Not placed",
    structure: "Read as the board's structure, not as notes",
    roles: {
      "stage-header": "stage header note(s)",
      "lane-label": "lane label note(s)",
      legend: "legend swatch(es)",
      "workshop-header": "workshop header note(s)",
    },
    stage: (title) => `stage ${title}`,
    noStage: "no stage",
    noLane: "no lane",
  },
  sv: {
    emptyNote: "(tom lapp)",
    check: (p) => `(?) markerar en lapp som placerats med under ${p} % säkerhet: kontrollera den.`,
    outside: "Utanför faserna eller raderna",
    notPlaced: "Inte placerade",
    structure: "Lästes som tavlans struktur, inte som lappar",
    roles: {
      "stage-header": "fasrubrik(er)",
      "lane-label": "radetikett(er)",
      legend: "teckenförklaringsruta/-or",
      "workshop-header": "workshoprubrik(er)",
    },
    stage: (title) => `fas ${title}`,
    noStage: "ingen fas",
    noLane: "ingen rad",
  },
  da: {
    emptyNote: "(tom seddel)",
    check: (p) => `(?) markerer en seddel placeret med under ${p} % sikkerhed: tjek den.`,
    outside: "Uden for faserne eller rækkerne",
    notPlaced: "Ikke placeret",
    structure: "Læst som tavlens struktur, ikke som sedler",
    roles: {
      "stage-header": "faseoverskrift(er)",
      "lane-label": "rækkeetiket(ter)",
      legend: "signaturfelt(er)",
      "workshop-header": "workshopoverskrift(er)",
    },
    stage: (title) => `fase ${title}`,
    noStage: "ingen fase",
    noLane: "ingen række",
  },
};
