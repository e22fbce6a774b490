import { platformName } from "../../core/colour/named-colour";
import type { LegendMeaning } from "../../core/legend/legend";
import type { PanelError } from "../session/panel-error";
import type { Report } from "../session/report";
import type { UnplacedReason } from "../session/unplaced-reason";
import type { ColourName, PanelWords } from "./panel-words";

/** A colour's name in the panel's language: `light_blue` → "light blue", "ljusblå". */
export function colourText(words: PanelWords, name: string): string {
  return (words.colours as Record<string, string>)[name] ?? name.replace(/_/g, " ");
}

/** A legend meaning in the panel's language. */
export function meaningText(words: PanelWords, meaning: LegendMeaning): string {
  return meaning === "stage-header" || meaning === "none"
    ? words.meanings[meaning]
    : words.lanes[meaning];
}

/** What a finished task has to tell, in the panel's language. */
export function reportText(words: PanelWords, report: Report): string {
  const said = words.report;
  switch (report.kind) {
    case "template-placed":
      return report.created === 0 ? said.templateAlreadyThere : said.templatePlaced(report.created);
    case "written": {
      const { created, updated, removed } = report;
      if (created + updated + removed === 0) return said.nothingToChange;
      return `${said.written[report.part](report.stages)}: ${said.changes(created, updated, removed)}`;
    }
    case "analysed":
      return said.analysed(report.placed, report.unplaced);
    case "stopped":
      return said.stopped;
    case "legend-saved":
      return said.legendSaved(
        colourText(words, platformName(report.colour) as ColourName),
        meaningText(words, report.meaning),
      );
    case "copied":
      return said.copied;
    case "copy-refused":
      return said.copyRefused;
    case "downloaded":
      return said.downloaded(report.fileName);
  }
}

/** An error in plain words with what to do about it; never a stack trace. */
export function errorText(words: PanelWords, error: PanelError): string {
  if (error.kind === "incomplete-write") {
    return words.errors["incomplete-write"](error.done ?? 0, error.total ?? 0, error.unmarked ?? 0);
  }
  return error.kind === "unknown"
    ? // The message goes inside a sentence of the words: without its own full stop.
      words.errors.unknown(error.message.replace(/[.\s]+$/, ""))
    : words.errors[error.kind];
}

/** Why a note is not placed, in the panel's language. */
export function reasonText(words: PanelWords, reason: UnplacedReason): string {
  const said = words.analyse;
  switch (reason.kind) {
    case "no-position":
      return said.noPosition;
    case "other":
      return reason.text;
    default:
      return `${said.where[reason.kind]}${said.clause(reason.clause, colourText(words, reason.colour ?? ""))}`;
  }
}
