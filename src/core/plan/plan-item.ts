import type { ActionStatus } from "../actions/action-schema";
import type { ItemKey } from "../board/app-items/item-key";
import type { ItemStyle } from "../board/board-item";
import type { DraftKind } from "../board/board-port";
import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";

/**
 * A colour by meaning; `planToDrafts` picks the fill for the platform through the legend.
 * `shade` is the light grey of things set aside (the tidy copy's tray); `note` keeps the colour
 * of the user's note an item copies.
 */
export type ColourRole =
  | { kind: "lane"; lane: LaneKind }
  | { kind: "stage-header" }
  | { kind: "paper" }
  | { kind: "shade" }
  | { kind: "none" }
  | { kind: "action"; status: ActionStatus }
  | { kind: "note"; fill: string | null };

/**
 * One item the app wants on the board, without any platform in mind: the template, the
 * summaries, the action list, the feelings curve and the tidy copy are all lists of these.
 * Positions are centres, relative to the origin the plan is drafted at.
 */
export interface PlanItem {
  key: ItemKey;
  /** What to draw; a platform without the kind draws its nearest (a card is a sticky on FigJam). */
  kind: DraftKind;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: ColourRole;
  style?: ItemStyle;
  /** The frame of the same plan it sits in. */
  parent?: ItemKey;
  /** For a connector: the items of the same plan it joins. */
  ends?: [ItemKey, ItemKey];
  /** For a card: its due date and task status. */
  due?: string | null;
  status?: "to-do" | "in-progress" | "done";
  /**
   * The stage column an item belongs under (a stage summary, a point of the curve): a user may
   * move it within the column, but one found outside it goes back, as its place may now be
   * another stage's.
   */
  column?: Band;
}
