import type { Language } from "../lexicon/lane-words";
import type { LaneKind } from "../model/lane-kind";

/** Lane titles the template writes; each reads back through the lexicon as its own kind. */
export const LANE_TITLES: Record<Language, Record<LaneKind, string>> = {
  en: {
    step: "Customer steps",
    touchpoint: "Touchpoints",
    thought: "Thoughts & needs",
    emotion: "Feelings",
    pain: "Pain points",
    gain: "Gains",
    opportunity: "Opportunities",
    action: "Actions",
    kpi: "KPIs",
    question: "Parking lot",
  },
  sv: {
    step: "Kundsteg",
    touchpoint: "Kontaktpunkter",
    thought: "Tankar & behov",
    emotion: "Känslor",
    pain: "Smärtpunkter",
    gain: "Glädjeämnen",
    opportunity: "Möjligheter",
    action: "Åtgärder",
    kpi: "KPI:er",
    question: "Parkering",
  },
  da: {
    step: "Kundens handlinger",
    touchpoint: "Kontaktpunkter",
    thought: "Tanker & behov",
    emotion: "Følelser",
    pain: "Smertepunkter",
    gain: "Glæder",
    opportunity: "Muligheder",
    action: "Tiltag",
    kpi: "KPI'er",
    question: "Parkeringsplads",
  },
};

/** The other words a template writes. */
export interface TemplateWords {
  defaultTitle: string;
  goal: string;
  scope: string;
  scopeRange: (start: string, end: string) => string;
  persona: string;
  participants: string;
  unset: string;
  legend: string;
  stageHeader: string;
  parkingLotHint: string;
}

export const TEMPLATE_WORDS: Record<Language, TemplateWords> = {
  en: {
    defaultTitle: "Customer journey",
    goal: "Goal",
    scope: "Scope",
    scopeRange: (start, end) => `from ${start} to ${end}`,
    persona: "Persona",
    participants: "Participants",
    unset: "…",
    legend: "Legend",
    stageHeader: "Stage",
    parkingLotHint: "Park open questions here instead of solving them on the spot.",
  },
  sv: {
    defaultTitle: "Kundresa",
    goal: "Mål",
    scope: "Avgränsning",
    scopeRange: (start, end) => `från ${start} till ${end}`,
    persona: "Persona",
    participants: "Deltagare",
    unset: "…",
    legend: "Förklaring",
    stageHeader: "Fas",
    parkingLotHint: "Parkera öppna frågor här i stället för att lösa dem direkt.",
  },
  da: {
    defaultTitle: "Kunderejse",
    goal: "Mål",
    scope: "Afgrænsning",
    scopeRange: (start, end) => `fra ${start} til ${end}`,
    persona: "Persona",
    participants: "Deltagere",
    unset: "…",
    legend: "Forklaring",
    stageHeader: "Fase",
    parkingLotHint: "Parkér åbne spørgsmål her i stedet for at løse dem med det samme.",
  },
};
