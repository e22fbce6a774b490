import type { CliWords } from "./cli-words";
import { plural } from "./plural";

const count = (n: number, one: string, other: string) => plural("da", n, { one, other });
const sedler = (n: number) => count(n, "seddel", "sedler");
const board = { miro: "en Miro-tavle", figjam: "en FigJam-tavle" };
const sources = {
  template: "journey-mappers skabelon",
  frames: "rammerne",
  "header-row": "overskriftsrækken",
  gaps: "mellemrummene mellem sedlerne",
  none: "ingenting: tavlen har ingen sedler",
  labels: "rækkeetiketterne",
  colour: "sedlernes farver",
};
const legends = {
  user: "din egen forklaring",
  board: "tavlens egen forklaring",
  default: "standardforklaringen",
};

/** The command line's words in Danish, in the panel's vocabulary (seddel, fase, række, tavle, kunderejse). */
export const da: CliWords = {
  readFrom: (notes, platform) => `Læste ${sedler(notes)} fra ${board[platform]}`,
  readFromSeveral: (notes, platform, journeys) =>
    `Læste ${sedler(notes)} fra ${board[platform]} med ${count(journeys, "kunderejse", "kunderejser")}`,
  notes: sedler,
  howRead: (f) =>
    // Danish leaves a participle after a count uninflected ("12 placeret"), as the panel does.
    `${f.placed} placeret i ${count(f.stages, "fase", "faser")} og ` +
    `${count(f.lanes, "række", "rækker")}, ${f.structure} læst som ` +
    `overskrifter, etiketter, forklaring eller stemmeprikker, ${f.unplaced} ikke placeret ` +
    `(${f.stageSource === "none" ? "tavlen har ingen sedler" : `faser fra ${sources[f.stageSource]}, rækker fra ${sources[f.laneSource]}`}, ` +
    `${legends[f.legendSource]}${f.vertical ? ", rejsen går nedad på tavlen" : ""})`,
  firstOfSeveral: (journeys, list) =>
    `bemærk: tavlen rummer ${count(journeys, "kunderejse", "kunderejser")} (${list}); dette er ` +
    "kunderejse 1 (vælg en anden med --journey N eller --journey TITEL)",
  untitled: "(uden titel)",
  noActions: (file) =>
    `bemærk: ${file} har ingen handlinger endnu (ingen sedler i rækken Tiltag, ingen muligheder, ingen ` +
    "smertepunkter at tage fat på); eksporten indeholder ingen",
  onlySuggestions: (file, n) =>
    `bemærk: ${file} har ingen handlinger fra teamet endnu, kun ${count(n, "forslag", "forslag")} fra ` +
    "journey-mapper, som --no-suggestions udelader; eksporten indeholder ingen",
  wroteTemplate: (file, t) =>
    `Skrev ${file}: ${count(t.stages, "fase", "faser")} × ${count(t.lanes, "række", "rækker")} ` +
    `(${t.preset ?? "egne rækker"}, ${t.language}), ${count(t.items, "element", "elementer")}`,
};
