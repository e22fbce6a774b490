import type { CliWords } from "./cli-words";
import { plural } from "./plural";

const count = (n: number, one: string, other: string) => plural("sv", n, { one, other });
const lappar = (n: number) => count(n, "lapp", "lappar");
const board = { miro: "en Miro-tavla", figjam: "en FigJam-tavla" };
const sources = {
  template: "journey-mappers mall",
  frames: "ramarna",
  "header-row": "rubrikraden",
  gaps: "mellanrummen mellan lapparna",
  none: "ingenting: tavlan har inga lappar",
  labels: "radetiketterna",
  colour: "lapparnas färger",
};
const legends = {
  user: "din egen teckenförklaring",
  board: "tavlans egen teckenförklaring",
  default: "standardförklaringen",
};

/** The command line's words in Swedish, in the panel's vocabulary (lapp, fas, rad, tavla, kundresa). */
export const sv: CliWords = {
  readFrom: (notes, platform) => `Läste ${lappar(notes)} från ${board[platform]}`,
  readFromSeveral: (notes, platform, journeys) =>
    `Läste ${lappar(notes)} från ${board[platform]} med ${count(journeys, "kundresa", "kundresor")}`,
  notes: lappar,
  howRead: (f) =>
    `${count(f.placed, "placerad", "placerade")} i ${count(f.stages, "fas", "faser")} och ` +
    `${count(f.lanes, "rad", "rader")}, ${count(f.structure, "läst", "lästa")} som rubriker, ` +
    `etiketter, teckenförklaring eller röstprickar, ${count(f.unplaced, "inte placerad", "inte placerade")} ` +
    `(${f.stageSource === "none" ? "tavlan har inga lappar" : `faser från ${sources[f.stageSource]}, rader från ${sources[f.laneSource]}`}, ` +
    `${legends[f.legendSource]}${f.vertical ? ", resan löper nedåt på tavlan" : ""})`,
  firstOfSeveral: (journeys, list) =>
    `obs: tavlan rymmer ${count(journeys, "kundresa", "kundresor")} (${list}); det här är ` +
    "kundresa 1 (välj en annan med --journey N eller --journey TITEL)",
  untitled: "(utan titel)",
  noActions: (file) =>
    `obs: ${file} har inga åtgärder än (inga lappar i raden Åtgärder, inga möjligheter, inga ` +
    "smärtpunkter att ta itu med); exporten innehåller inga",
  onlySuggestions: (file, n) =>
    `obs: ${file} har inga åtgärder från teamet än, bara ${count(n, "förslag", "förslag")} från ` +
    "journey-mapper, som --no-suggestions utelämnar; exporten innehåller inga",
  wroteTemplate: (file, t) =>
    `Skrev ${file}: ${count(t.stages, "fas", "faser")} × ${count(t.lanes, "rad", "rader")} ` +
    `(${t.preset ?? "egna rader"}, ${t.language}), ${count(t.items, "objekt", "objekt")}`,
};
