import type { ActionList } from "../actions/action-schema";
import type { PlanItem } from "../plan/plan-item";
import { LANE_TITLES } from "../template/template-labels";
import type { JourneyExtent } from "./journey-extent";
import { WRITEBACK_WORDS } from "./writeback-words";

const ACTION_WIDTH = 640;
const ACTION_HEIGHT = 200;
const GAP = 40;

/** The actions area's box (x, y its top-left corner), right of the journey, one row per action. */
export function actionsArea(
  extent: JourneyExtent,
  count: number,
): { x: number; y: number; width: number; height: number } {
  return {
    x: extent.right + 400,
    y: extent.top,
    width: ACTION_WIDTH + 2 * GAP,
    height: Math.max(600, 160 + count * (ACTION_HEIGHT + GAP)),
  };
}

const AREA = { role: "actions-area" } as const;

/**
 * The actions part: a frame right of the journey with a card per action, in the list's order,
 * coloured by status (planned, idea, suggested) and carrying owner, due date and what it answers.
 */
export function actionItems(actions: ActionList, extent: JourneyExtent): PlanItem[] {
  const words = WRITEBACK_WORDS[actions.language];
  const area = actionsArea(extent, actions.actions.length);
  const items: PlanItem[] = [
    {
      key: AREA,
      kind: "frame",
      text: LANE_TITLES[actions.language].action,
      colour: { kind: "paper" },
      x: area.x + area.width / 2,
      y: area.y + area.height / 2,
      width: area.width,
      height: area.height,
    },
  ];
  actions.actions.forEach((action, i) => {
    // A suggestion's title says so itself; an idea is marked as one.
    const title = action.status === "idea" ? `${words.idea}: ${action.title}` : action.title;
    const details = [
      action.stageTitle,
      action.owner ? `${words.owner}: @${action.owner}` : null,
      action.due ? `${words.due}: ${action.due}` : null,
      action.answers.length > 0 ? `${words.answers}: ${action.answers.join("; ")}` : null,
    ].filter((line): line is string => Boolean(line));
    items.push({
      key: { role: "action", actionId: action.id },
      kind: "card",
      text: [title, ...details].join("\n"),
      colour: { kind: "action", status: action.status },
      x: area.x + GAP + ACTION_WIDTH / 2,
      y: area.y + 120 + i * (ACTION_HEIGHT + GAP) + ACTION_HEIGHT / 2,
      width: ACTION_WIDTH,
      height: ACTION_HEIGHT,
      parent: AREA,
      due: action.due,
      status: "to-do",
    });
  });
  return items;
}
