import type { MiroEmulator } from "../../adapters/miro-sdk/emulator/miro-emulator";
import { readMark } from "../../core/board/app-items/read-mark";

/** What the board holds of the app's work, read from the emulator's store. */
export interface BoardCheck {
  /** App items beyond the first of each key (group, part and key). */
  duplicates: number;
  /** Items the app created that carry no mark: the next run could not find them. */
  orphans: number;
  appItems: number;
}

/** Counts the app's items on the emulated board, their duplicates and orphans. */
export function checkBoard(emulator: MiroEmulator): BoardCheck {
  const seen = new Set<string>();
  let duplicates = 0;
  let orphans = 0;
  let appItems = 0;
  for (const record of emulator.records()) {
    if (record.type === "tag") continue;
    const mark = readMark(record.metadata.mark);
    if (!mark) {
      if (record.origin === "app") orphans += 1;
      continue;
    }
    appItems += 1;
    const key = `${mark.groupId}|${mark.part}|${mark.key}`;
    if (seen.has(key)) duplicates += 1;
    seen.add(key);
  }
  return { duplicates, orphans, appItems };
}

/** The calls that change items; a board at rest takes none of them on a re-run. */
const ITEM_WRITES = /^(create|remove$|item\.sync|item\.setMetadata|frame\.)/;

/** How many item-changing calls the emulator has taken so far. */
export function itemWrites(emulator: MiroEmulator): number {
  return Object.entries(emulator.meter.perMethod)
    .filter(([method]) => ITEM_WRITES.test(method))
    .reduce((sum, [, count]) => sum + count, 0);
}
