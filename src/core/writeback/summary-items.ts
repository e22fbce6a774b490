import type { ActionList } from "../actions/action-schema";
import type { Platform } from "../colour/named-colour";
import { colourFor, type Legend } from "../legend/legend";
import type { Journey } from "../model/journey";
import type { JourneySummary } from "../summary/summary-schema";
import { SUMMARY_WORDS, scoreText } from "../summary/summary-words";
import type { DesiredItem } from "./desired-item";
import { WRITEBACK_WORDS } from "./writeback-words";

/** Where the journey stands on the board, for placing what is written beside it. */
export interface JourneyExtent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function journeyExtent(journey: Journey): JourneyExtent {
  const notes = journey.notes.filter((n) => journey.placements.some((p) => p.noteId === n.id));
  const xs = journey.stages.flatMap((s) => [s.band.start, s.band.end]);
  const left = Math.min(...xs, ...notes.map((n) => n.x - n.width / 2));
  const right = Math.max(...xs, ...notes.map((n) => n.x + n.width / 2));
  const top = Math.min(...notes.map((n) => n.y - n.height / 2));
  const bottom = Math.max(...notes.map((n) => n.y + n.height / 2));
  return Number.isFinite(left + right + top + bottom)
    ? { left, right, top, bottom }
    : { left: 0, right: 1000, top: 0, bottom: 1000 };
}

const CURVE_STEP = 120;
const ACTION_WIDTH = 640;
const ACTION_HEIGHT = 200;
const GAP = 40;

/**
 * The headline near the header, a summary under each stage, the feelings curve (a point per
 * stage, joined), and the actions area: cards on Miro, stickies on FigJam.
 */
export function summaryItems(
  journey: Journey,
  summary: JourneySummary,
  actions: ActionList,
  extent: JourneyExtent,
  platform: Platform,
  legend: Legend,
): DesiredItem[] {
  const words = WRITEBACK_WORDS[summary.language];
  const said = SUMMARY_WORDS[summary.language];
  const width = extent.right - extent.left;
  const items: DesiredItem[] = [
    {
      key: "headline",
      role: "headline",
      kind: "text",
      text: summary.headline,
      fill: null,
      x: extent.left + width / 2,
      y: extent.top - 500,
      width,
      height: 120,
      style: { fontSize: 48, bold: true, textAlign: "left" },
    },
  ];

  const summaryTop = extent.bottom + 200;
  const curveBase = summaryTop + 600;
  for (const stage of summary.stages) {
    const band = journey.stages[stage.stage]?.band;
    if (!band) continue;
    const pains = stage.topPains.map((p) => (p.count > 1 ? `${p.text} ×${p.count}` : p.text));
    const feeling =
      stage.emotion.score === null
        ? ""
        : ` · ${words.feelings.toLowerCase()} ${scoreText(stage.emotion.score, summary.language)}`;
    items.push({
      key: `summary:${stage.stage}`,
      role: "stage-summary",
      kind: "shape",
      text: [
        `${stage.title ?? said.stage(stage.stage)}: ${stage.counts.pain} ${words.pains}, ${stage.counts.gain} ${words.gains}${feeling}`,
        ...pains,
      ].join("\n"),
      fill: "#FFFFFF",
      x: (band.start + band.end) / 2,
      y: summaryTop + 150,
      width: Math.max(200, band.end - band.start - GAP),
      height: 300,
      style: { fontSize: 20, textAlign: "left" },
    });
    if (stage.emotion.score !== null) {
      const score = stage.emotion.score;
      items.push({
        key: `curve:point:${stage.stage}`,
        role: "emotion-point",
        kind: "shape",
        text: scoreText(score, summary.language),
        fill: colourFor(legend, score >= 0 ? "gain" : "pain", platform) ?? null,
        x: (band.start + band.end) / 2,
        y: curveBase - score * CURVE_STEP,
        width: 100,
        height: 100,
        style: { fontSize: 24 },
      });
    }
  }
  const points = items.filter((i) => i.role === "emotion-point");
  points.slice(1).forEach((point, i) => {
    const before = points[i] as DesiredItem;
    items.push({
      key: `curve:line:${before.key}>${point.key}`,
      role: "emotion-line",
      kind: "connector",
      text: "",
      fill: null,
      x: (before.x + point.x) / 2,
      y: (before.y + point.y) / 2,
      width: 0,
      height: 0,
      endKeys: [before.key, point.key],
    });
  });
  if (points.length > 0) {
    items.push({
      key: "curve:label",
      role: "emotion-label",
      kind: "text",
      text: words.feelings,
      fill: null,
      x: extent.left - 300,
      y: curveBase,
      width: 400,
      height: 80,
      style: { fontSize: 32, bold: true },
    });
  }

  const frameLeft = extent.right + 400;
  const frameHeight = Math.max(600, 160 + actions.actions.length * (ACTION_HEIGHT + GAP));
  items.push({
    key: "actions",
    role: "actions-area",
    kind: "frame",
    text: words.actions,
    fill: "#FFFFFF",
    x: frameLeft + (ACTION_WIDTH + 2 * GAP) / 2,
    y: extent.top + frameHeight / 2,
    width: ACTION_WIDTH + 2 * GAP,
    height: frameHeight,
  });
  actions.actions.forEach((action, i) => {
    const status =
      action.status === "suggested"
        ? `${words.suggestion}: `
        : action.status === "idea"
          ? `${words.idea}: `
          : "";
    const details = [
      action.stageTitle,
      action.owner ? `${words.owner}: @${action.owner}` : null,
      action.due ? `${words.due}: ${action.due}` : null,
      action.answers.length > 0 ? `${words.answers}: ${action.answers.join("; ")}` : null,
    ].filter(Boolean);
    const title = action.status === "suggested" ? action.title : `${status}${action.title}`;
    items.push({
      key: `action:${action.id}`,
      role: "action",
      kind: platform === "miro" ? "card" : "sticky",
      text: [title, ...details].join("\n"),
      fill:
        platform === "miro"
          ? action.status === "planned"
            ? "#2D9BF0"
            : action.status === "idea"
              ? "#FF9D48"
              : "#9E9E9E"
          : (colourFor(legend, action.status === "planned" ? "action" : "opportunity", platform) ??
            null),
      x: frameLeft + GAP + ACTION_WIDTH / 2,
      y: extent.top + 120 + i * (ACTION_HEIGHT + GAP) + ACTION_HEIGHT / 2,
      width: ACTION_WIDTH,
      height: ACTION_HEIGHT,
      parentKey: "actions",
      due: action.due,
      status: "to-do",
    });
  });
  return items;
}
