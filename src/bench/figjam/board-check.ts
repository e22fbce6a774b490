import type { FigJamEmulator } from "../../adapters/figjam-plugin/emulator/figjam-emulator";
import { readMark } from "../../core/board/app-items/read-mark";

/** The app's nodes in the plugin data FigJam keeps: namespace and key of the mark. */
const NAMESPACE = "journey_mapper";
const KEY = "mark";

/** What the file holds of the app's work, read from the emulator's store. */
export interface BoardCheck {
  /** App nodes beyond the first of each key (group, part and key). */
  duplicates: number;
  /** Nodes the app created that carry no mark: the next run could not find them. */
  orphans: number;
  appNodes: number;
}

function markOf(raw: string | undefined): ReturnType<typeof readMark> {
  if (raw === undefined) return null;
  try {
    return readMark(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Counts the app's nodes in the emulated file, their duplicates and orphans. */
export function checkBoard(emulator: FigJamEmulator): BoardCheck {
  const seen = new Set<string>();
  let duplicates = 0;
  let orphans = 0;
  let appNodes = 0;
  for (const record of emulator.records()) {
    const mark = markOf(record.shared[NAMESPACE]?.[KEY]);
    if (!mark) {
      if (record.origin === "app") orphans += 1;
      continue;
    }
    appNodes += 1;
    const key = `${mark.groupId}|${mark.part}|${mark.key}`;
    if (seen.has(key)) duplicates += 1;
    seen.add(key);
  }
  return { duplicates, orphans, appNodes };
}
