import { type ExportTarget, exportJourney } from "../../core/export/export-journey";
import type { Language } from "../../core/lexicon/lane-words";
import type { Journey } from "../../core/model/journey";
import { EXPORT_FILES, type ExportFileKind } from "../session/export-files";

/** An export ready to download or copy. */
export interface ExportFile extends ExportFileKind {
  text: string;
}

/**
 * The journey as a file for one target. The panel loads this module, and the exports it pulls
 * in, only when a facilitator first asks for an export (`exportActions`), not when it opens.
 */
export function exportFile(journey: Journey, target: ExportTarget, language: Language): ExportFile {
  return { ...EXPORT_FILES[target], text: exportJourney(journey, target, { language }) };
}
