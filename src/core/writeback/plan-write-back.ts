import type { WriteBackPart } from "../board/app-items/parts";
import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import type { Legend } from "../legend/legend";
import type { Language } from "../lexicon/lane-words";
import type { Journey } from "../model/journey";
import { diffAppItems, type ItemChanges } from "../plan/diff-app-items";
import { desiredParts } from "./desired-parts";

export interface WriteBackOptions {
  platform: Platform;
  /** The parts to write; the app's items of other parts are left as they are. */
  parts: readonly WriteBackPart[];
  legend?: Legend;
  language?: Language;
  /** Names this write-back's items among the app's, so two journeys on a board stay apart. */
  writeBackId?: string;
}

export const DEFAULT_WRITE_BACK_ID = "wb";

/**
 * The write-back as changes to the board: the items the asked parts want, diffed against the
 * app's items of those parts already on the board (see `diffAppItems`). Items without the app's
 * mark are never in it.
 */
export function planWriteBack(
  journey: Journey,
  board: readonly BoardItem[],
  options: WriteBackOptions,
): ItemChanges {
  return diffAppItems(desiredParts(journey, options.parts, options.language), board, {
    groupId: options.writeBackId ?? DEFAULT_WRITE_BACK_ID,
    platform: options.platform,
    ...(options.legend ? { legend: options.legend } : {}),
  });
}
