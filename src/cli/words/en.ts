import type { CliWords } from "./cli-words";
import { plural } from "./plural";

const count = (n: number, one: string, other: string) => plural("en", n, { one, other });
const board = { miro: "a Miro board", figjam: "a FigJam board" };
const sources = {
  template: "the journey-mapper template",
  frames: "frames",
  "header-row": "the header row",
  gaps: "the gaps between notes",
  none: "nothing: the board has no notes",
  labels: "lane labels",
  colour: "note colours",
};
const legends = { user: "user legend", board: "board legend", default: "default legend" };

/** The command line's words in English. */
export const en: CliWords = {
  readFrom: (notes, platform) => `Read ${count(notes, "note", "notes")} from ${board[platform]}`,
  readFromSeveral: (notes, platform, journeys) =>
    `Read ${count(notes, "note", "notes")} from ${board[platform]} of ${count(journeys, "journey", "journeys")}`,
  notes: (notes) => count(notes, "note", "notes"),
  howRead: (f) =>
    `${f.placed} placed in ${count(f.stages, "stage", "stages")} and ${count(f.lanes, "lane", "lanes")}, ` +
    `${f.structure} read as headers, labels, legend or vote dots, ${f.unplaced} not placed ` +
    `(${f.stageSource === "none" ? "the board has no notes" : `stages from ${sources[f.stageSource]}, lanes from ${sources[f.laneSource]}`}, ` +
    `${legends[f.legendSource]}${f.vertical ? ", running down the board" : ""})`,
  firstOfSeveral: (journeys, list) =>
    `note: the board holds ${count(journeys, "journey", "journeys")} (${list}); this is journey 1 ` +
    "(pick another with --journey N or --journey TITLE)",
  untitled: "(untitled)",
  noActions: (file) =>
    `note: ${file} has no actions yet (no notes in the action lane, no opportunities, no pains to ` +
    "answer); the export holds none",
  onlySuggestions: (file, n) =>
    `note: ${file} has no actions from the team yet, only ${count(n, "suggestion", "suggestions")} ` +
    "from journey-mapper, which --no-suggestions leaves out; the export holds none",
  wroteTemplate: (file, t) =>
    `Wrote ${file}: ${count(t.stages, "stage", "stages")} × ${count(t.lanes, "lane", "lanes")} ` +
    `(${t.preset ?? "custom"}, ${t.language}), ${count(t.items, "item", "items")}`,
};
