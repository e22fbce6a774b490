import { listActions } from "../actions/list-actions";
import { APP_MARK_SCHEMA_VERSION } from "../board/app-mark";
import type { BoardItem } from "../board/board-item";
import type { ItemDraft, ItemPatch, ItemRef } from "../board/board-port";
import {
  NAMED_COLOUR_IDS,
  type NamedColourId,
  type Platform,
  platformName,
} from "../colour/named-colour";
import { hexOf } from "../colour/swatches";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import type { Legend } from "../legend/legend";
import type { Language } from "../lexicon/lane-words";
import type { Journey } from "../model/journey";
import { summarizeJourney } from "../summary/summarize-journey";
import type { DesiredItem } from "./desired-item";
import { journeyExtent, summaryItems } from "./summary-items";
import { tidyItems } from "./tidy-items";

export interface WriteBackOptions {
  platform: Platform;
  legend?: Legend;
  language?: Language;
  /** Also lay out a tidy copy of the board beside it. */
  tidy?: boolean;
  /** Names this write-back's items among the app's, so two journeys on a board stay apart. */
  writeBackId?: string;
}

/** What to change on the board: only ever the app's own items. */
export interface WriteBackPlan {
  create: ItemDraft[];
  update: ItemPatch[];
  remove: string[];
}

export const DEFAULT_WRITE_BACK_ID = "wb";

/**
 * The write-back as a plan against what the board holds: the app's items of this write-back that
 * are wanted stay (updated in place where they changed), those no longer wanted go, and the
 * missing ones are created. Items without the app's mark are never in the plan.
 */
export function planWriteBack(
  journey: Journey,
  board: readonly BoardItem[],
  options: WriteBackOptions,
): WriteBackPlan {
  const legend = options.legend ?? DEFAULT_LEGEND;
  const writeBackId = options.writeBackId ?? DEFAULT_WRITE_BACK_ID;
  const summary = summarizeJourney(journey, options.language);
  const actions = listActions(journey, summary.language);
  const extent = journeyExtent(journey);
  const desired = summaryItems(journey, summary, actions, extent, options.platform, legend);
  if (options.tidy) {
    const actionsArea = desired.find((d) => d.key === "actions");
    const left = (actionsArea ? actionsArea.x + actionsArea.width / 2 : extent.right) + 600;
    desired.push(
      ...tidyItems(journey, { x: left, y: extent.top }, options.platform, legend, summary.language),
    );
  }

  const existing = new Map<string, BoardItem>();
  for (const item of board) {
    if (item.mark?.templateId === writeBackId) existing.set(item.mark.key, item);
  }
  const refOf = (key: string): ItemRef => {
    const found = existing.get(key);
    return found ? { id: found.id } : { ref: key };
  };
  const plan: WriteBackPlan = { create: [], update: [], remove: [] };
  const wanted = new Set(desired.map((d) => d.key));
  // Containers first, so what sits in them can name them; connectors last, after their ends.
  const order = (d: DesiredItem) => (d.kind === "frame" ? 0 : d.kind === "connector" ? 2 : 1);
  for (const item of [...desired].sort((a, b) => order(a) - order(b))) {
    const found = existing.get(item.key);
    if (found) {
      const patch = changes(found, item);
      if (patch) plan.update.push(patch);
      continue;
    }
    const { key, role, parentKey, endKeys, ...draft } = item;
    plan.create.push({
      ...draft,
      ref: key,
      parent: parentKey ? refOf(parentKey) : null,
      mark: { schemaVersion: APP_MARK_SCHEMA_VERSION, role, key, templateId: writeBackId },
      ...(endKeys ? { ends: { from: refOf(endKeys[0]), to: refOf(endKeys[1]) } } : {}),
    });
  }
  const stale = [...existing.values()].filter((item) => !wanted.has(item.mark?.key ?? ""));
  const removeOrder = (item: BoardItem) =>
    item.kind === "connector" ? 0 : item.kind === "frame" ? 2 : 1;
  plan.remove = stale.sort((a, b) => removeOrder(a) - removeOrder(b)).map((item) => item.id);
  return plan;
}

/** The patch that brings an item of the app's to what is wanted, or null when it already is. */
function changes(found: BoardItem, wanted: DesiredItem): ItemPatch | null {
  const patch: ItemPatch = { id: found.id };
  if (found.text !== wanted.text) patch.text = wanted.text;
  if (!sameFill(wanted.fill, found.fill)) patch.fill = wanted.fill;
  for (const side of ["x", "y", "width", "height"] as const) {
    if (wanted.kind !== "connector" && Math.abs(found[side] - wanted[side]) > 0.5)
      patch[side] = wanted[side];
  }
  if (wanted.kind === "card" && (found.due ?? null) !== (wanted.due ?? null))
    patch.due = wanted.due ?? null;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** Whether a stored fill is the wanted one, however the platform stores it (name or hex). */
export function sameFill(wanted: string | null, stored: string | null): boolean {
  if (wanted === stored) return true;
  if (wanted === null || stored === null) return false;
  if ((NAMED_COLOUR_IDS as string[]).includes(wanted)) {
    const named = wanted as NamedColourId;
    return stored === platformName(named) || stored.toUpperCase() === hexOf(named).toUpperCase();
  }
  return wanted.toUpperCase() === stored.toUpperCase();
}
