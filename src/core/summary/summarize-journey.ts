import { votesIn } from "../actions/action-text";
import type { Language } from "../lexicon/lane-words";
import type { Journey, Placement } from "../model/journey";
import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { groupSimilar } from "../text/similar-text";
import { clampScore, emotionOfText } from "./emotion-score";
import { journeyLanguage } from "./journey-language";
import {
  type Emotion,
  type JourneySummary,
  type MergedNote,
  type StageSummary,
  SUMMARY_SCHEMA_VERSION,
} from "./summary-schema";
import { SUMMARY_WORDS, scoreText } from "./summary-words";

/** Pains each stage lists first, and the journey as a whole. */
const TOP_PAINS = 3;

/**
 * What matters most on the board, lifted out: per stage, counts per lane, the top pains
 * (near-duplicates merged and counted), the gains, a feeling score and the KPIs; for the journey,
 * a headline naming the hotspot, the top pains overall, the stages with only problems and no
 * solutions, and the open questions.
 */
export function summarizeJourney(journey: Journey, language?: Language): JourneySummary {
  const lang = language ?? journeyLanguage(journey);
  const words = SUMMARY_WORDS[lang];
  const text = new Map(journey.notes.map((n) => [n.id, n.text.trim()]));
  const textOf = (p: { noteId: string }) => text.get(p.noteId) ?? "";
  // A "+1" is a vote, not a note of its own: never a pain, a gain or a count.
  const placements = journey.placements.filter((p) => !votesIn(textOf(p)));
  const inStage = (stage: number, lane: LaneKind) =>
    placements.filter((p) => p.stage === stage && p.lane === lane);

  const stages: StageSummary[] = journey.stages.map((stage, index) => {
    const counts = Object.fromEntries(
      LANE_KINDS.map((kind) => [kind, inStage(index, kind).length]),
    ) as Record<LaneKind, number>;
    return {
      stage: index,
      title: stage.title,
      counts,
      topPains: merged(inStage(index, "pain"), textOf).slice(0, TOP_PAINS),
      gains: merged(inStage(index, "gain"), textOf),
      emotion: emotionOf(inStage(index, "emotion"), counts, textOf),
      kpis: inStage(index, "kpi").map(textOf).filter(Boolean),
    };
  });

  const stageName = (index: number) => journey.stages[index]?.title ?? words.stage(index);
  const pains = placements.filter((p) => p.lane === "pain" && p.stage !== null);
  const topPains = groupSimilar(pains, textOf)
    .slice(0, TOP_PAINS)
    .map((group) => ({
      text: group.text,
      count: group.count,
      noteIds: group.members.map((m) => m.noteId),
      stages: [...new Set(group.members.map((m) => m.stage as number))].sort((a, b) => a - b),
    }));
  const hotspot = hotspotOf(stages);
  const onlyProblems = stages
    .filter((s) => s.counts.pain > 0 && s.counts.opportunity === 0 && s.counts.action === 0)
    .map((s) => s.stage);

  let headline = words.noPains;
  if (hotspot !== null) {
    const spot = stages[hotspot] as StageSummary;
    const score = spot.emotion.score;
    const feeling = score === null ? "" : words.feelingsAt(scoreText(score, lang));
    headline = words.hotspot(stageName(hotspot), words.pains(spot.counts.pain), feeling);
    const pain = spot.topPains[0]?.text;
    if (pain) headline += words.topPain(pain);
  }

  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    title: journey.header.title,
    language: lang,
    headline,
    hotspot,
    stages,
    topPains,
    onlyProblems,
    openQuestions: placements
      .filter((p) => p.lane === "question")
      .map((p) => ({ noteId: p.noteId, text: textOf(p), stage: p.stage })),
  };
}

function merged(placements: readonly Placement[], textOf: (p: Placement) => string): MergedNote[] {
  return groupSimilar(placements, textOf).map((group) => ({
    text: group.text,
    count: group.count,
    noteIds: group.members.map((m) => m.noteId),
  }));
}

/** Feelings from the feeling notes; lacking them, the balance of pains and gains. */
function emotionOf(
  feelings: readonly Placement[],
  counts: Record<LaneKind, number>,
  textOf: (p: Placement) => string,
): Emotion {
  const scores = feelings.flatMap((p) => {
    const score = emotionOfText(textOf(p));
    return score === null ? [] : [score];
  });
  if (scores.length > 0) {
    const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    return { score: clampScore(mean), source: "feelings" };
  }
  const { pain, gain } = counts;
  if (pain + gain === 0) return { score: null, source: null };
  return { score: clampScore((2 * (gain - pain)) / (gain + pain)), source: "pains-and-gains" };
}

/** The stage with the most pains, the lowest feelings breaking ties; null without pains. */
function hotspotOf(stages: readonly StageSummary[]): number | null {
  const withPains = stages.filter((s) => s.counts.pain > 0);
  if (withPains.length === 0) return null;
  const ranked = [...withPains].sort(
    (a, b) =>
      b.counts.pain - a.counts.pain ||
      (a.emotion.score ?? 0) - (b.emotion.score ?? 0) ||
      a.stage - b.stage,
  );
  return (ranked[0] as StageSummary).stage;
}
