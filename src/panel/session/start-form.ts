import type { Language } from "../../core/lexicon/lane-words";
import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import { PRESETS } from "../../core/template/presets";
import type { PresetId, TemplateSpecInput } from "../../core/template/template-spec";
import { DEFAULT_STAGES } from "./default-stages";

/** The Start form as typed: free text, split and checked only when the template is placed. */
export interface StartForm {
  title: string;
  goal: string;
  scopeStart: string;
  scopeEnd: string;
  persona: string;
  /** Names separated by commas or new lines. */
  participants: string;
  /** One stage per line. */
  stages: string;
  /** Whether the stages are still the ones the panel suggested (a language change refills them). */
  stagesSuggested: boolean;
  lanesFrom: "preset" | "own";
  preset: PresetId;
  /** The own lanes chosen, always in the usual top-to-bottom order. */
  lanes: readonly LaneKind[];
  /** The language the template is written in. */
  language: Language;
}

export type StartTextField = "title" | "goal" | "scopeStart" | "scopeEnd" | "persona";
export type StartField = StartTextField | "participants" | "stages" | "lanes";

/** What is wrong with one field, as data; the words say it. */
export type StartProblem =
  | { kind: "too-long"; max: number }
  | { kind: "no-stages" }
  | { kind: "too-many-stages"; count: number; max: number }
  | { kind: "stage-too-long"; stage: number; max: number }
  | { kind: "too-many-participants"; count: number; max: number }
  | { kind: "participant-too-long"; name: string; max: number }
  | { kind: "no-lanes" };

export type StartProblems = Partial<Record<StartField, StartProblem>>;

/** The limits of the core's TemplateSpecSchema, checked here to say them in plain words. */
export const START_LIMITS = {
  text: 500,
  stages: 20,
  stageName: 120,
  participants: 50,
  participantName: 120,
} as const;

/** The form's one-line fields, in the order the form shows them. */
export const TEXT_FIELDS: readonly StartTextField[] = [
  "title",
  "goal",
  "scopeStart",
  "scopeEnd",
  "persona",
];

/** A fresh form in a language, with the stages a journey usually has. */
export function emptyStartForm(language: Language): StartForm {
  return {
    title: "",
    goal: "",
    scopeStart: "",
    scopeEnd: "",
    persona: "",
    participants: "",
    stages: DEFAULT_STAGES[language].join("\n"),
    stagesSuggested: true,
    lanesFrom: "preset",
    preset: "workshop",
    lanes: PRESETS.workshop.lanes,
    language,
  };
}

/** The lanes with one kind turned on or off, kept in the usual order. */
export function toggledLanes(lanes: readonly LaneKind[], kind: LaneKind): LaneKind[] {
  const chosen = new Set(lanes);
  if (chosen.has(kind)) chosen.delete(kind);
  else chosen.add(kind);
  return LANE_KINDS.filter((k) => chosen.has(k));
}

const lines = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** The template the form asks for, or what is wrong with it field by field. */
export function readStartForm(
  form: StartForm,
): { ok: true; spec: TemplateSpecInput } | { ok: false; problems: StartProblems } {
  const problems: StartProblems = {};
  for (const field of TEXT_FIELDS) {
    if (form[field].trim().length > START_LIMITS.text)
      problems[field] = { kind: "too-long", max: START_LIMITS.text };
  }
  const stages = lines(form.stages, /\r?\n/);
  const longStage = stages.findIndex((stage) => stage.length > START_LIMITS.stageName);
  if (stages.length === 0) problems.stages = { kind: "no-stages" };
  else if (stages.length > START_LIMITS.stages)
    problems.stages = { kind: "too-many-stages", count: stages.length, max: START_LIMITS.stages };
  else if (longStage >= 0)
    problems.stages = { kind: "stage-too-long", stage: longStage + 1, max: START_LIMITS.stageName };

  const participants = lines(form.participants, /[,\r\n]/);
  const longName = participants.find((name) => name.length > START_LIMITS.participantName);
  if (participants.length > START_LIMITS.participants)
    problems.participants = {
      kind: "too-many-participants",
      count: participants.length,
      max: START_LIMITS.participants,
    };
  else if (longName !== undefined)
    problems.participants = {
      kind: "participant-too-long",
      name: `${longName.slice(0, 30)}…`,
      max: START_LIMITS.participantName,
    };
  if (form.lanesFrom === "own" && form.lanes.length === 0) problems.lanes = { kind: "no-lanes" };

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    spec: {
      title: form.title.trim(),
      goal: form.goal.trim(),
      scopeStart: form.scopeStart.trim(),
      scopeEnd: form.scopeEnd.trim(),
      persona: form.persona.trim(),
      participants,
      stages,
      language: form.language,
      preset: form.preset,
      ...(form.lanesFrom === "own" ? { lanes: [...form.lanes] } : {}),
    },
  };
}
