import type { Language } from "../lexicon/lane-words";
import type { StructureRole } from "../model/journey";

/** The words of the journey table's report that the template has none for. */
export interface JourneyMarkdownWords {
  emptyNote: string;
  check: (percent: number) => string;
  outside: string;
  notPlaced: string;
  structure: string;
  /** Each structure role's noun, for one note and for more. */
  roles: Record<StructureRole, [one: string, many: string]>;
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
      "stage-header": ["stage header note", "stage header notes"],
      "lane-label": ["lane label note", "lane label notes"],
      legend: ["legend swatch", "legend swatches"],
      "workshop-header": ["workshop header note", "workshop header notes"],
      vote: ["vote dot", "vote dots"],
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
      "stage-header": ["fasrubrik", "fasrubriker"],
      "lane-label": ["radetikett", "radetiketter"],
      legend: ["teckenförklaringsruta", "teckenförklaringsrutor"],
      "workshop-header": ["workshoprubrik", "workshoprubriker"],
      vote: ["röstprick", "röstprickar"],
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
      "stage-header": ["faseoverskrift", "faseoverskrifter"],
      "lane-label": ["rækkeetiket", "rækkeetiketter"],
      legend: ["signaturfelt", "signaturfelter"],
      "workshop-header": ["workshopoverskrift", "workshopoverskrifter"],
      vote: ["stemmeprik", "stemmeprikker"],
    },
    stage: (title) => `fase ${title}`,
    noStage: "ingen fase",
    noLane: "ingen række",
  },
};
