import { type ExportTarget, exportJourney } from "../../core/export/export-journey";
import type { Language } from "../../core/lexicon/lane-words";
import type { Journey } from "../../core/model/journey";
import { EXPORT_FILES, type ExportFileKind } from "../session/export-files";

/** An export ready to download or copy. */
export interface ExportFile extends ExportFileKind {
  text: string;
}

/**
 * The journey as a file for one target. Part of the panel's first load: its page budget counts
 * what loads on demand too, and a separate chunk would cost more (its own gzip stream and
 * Vite's preload helper) than it saves at load.
 */
export function exportFile(journey: Journey, target: ExportTarget, language: Language): ExportFile {
  return { ...EXPORT_FILES[target], text: exportJourney(journey, target, { language }) };
}
