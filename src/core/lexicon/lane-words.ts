import type { LaneKind } from "../model/lane-kind";

/** The languages the panel, the templates and the lexicon speak. */
export type Language = "en" | "sv" | "da";

/**
 * How facilitators title lanes, per kind and language, widened with close synonyms.
 * Phrases are compared by word stems, so plurals and definite forms need not be listed; the
 * longest phrase that matches wins, which is how "Next steps" (action) beats "steps" (step) and
 * "Customer actions" (step) beats "actions" (action). Bare "Actions", "Aktiviteter" and
 * "Handlinger" mean what the organisation will do; the customer-qualified forms are steps.
 */
export const LANE_WORDS: Record<LaneKind, Record<Language, readonly string[]>> = {
  step: {
    en: [
      "customer steps",
      "steps",
      "activities",
      "activity",
      "doing",
      "what the customer does",
      "tasks",
      "behaviour",
      "behavior",
      "journey steps",
    ],
    sv: [
      "kundsteg",
      "kundens steg",
      "steg",
      "kundaktiviteter",
      "gör",
      "vad kunden gör",
      "beteende",
    ],
    da: ["kundehandlinger", "trin", "kundens trin", "gør", "hvad kunden gør", "adfærd"],
  },
  touchpoint: {
    en: ["touchpoints", "touch points", "channels", "contact points", "points of contact"],
    sv: ["kontaktpunkter", "kanaler", "kontaktytor", "beröringspunkter", "interaktioner"],
    da: ["kontaktpunkter", "kanaler", "berøringspunkter", "interaktioner"],
  },
  thought: {
    en: ["thoughts", "thinking", "thinks", "needs", "drivers", "motivations", "expectations"],
    sv: ["tankar", "tanke", "tänker", "behov", "drivkrafter", "förväntningar"],
    da: ["tanker", "tænker", "behov", "drivkræfter", "forventninger"],
  },
  emotion: {
    en: [
      "feelings",
      "feels",
      "emotions",
      "emotional journey",
      "emotion curve",
      "mood",
      "sentiment",
    ],
    sv: ["känslor", "kundkänslor", "känner", "känslokurva", "humör"],
    da: ["følelser", "føler", "følelseskurve", "stemning"],
  },
  pain: {
    en: [
      "pain points",
      "pains",
      "frustrations",
      "problems",
      "issues",
      "breakpoints",
      "break points",
      "barriers",
      "obstacles",
      "friction",
      "challenges",
      "negatives",
    ],
    sv: [
      "smärtpunkter",
      "smärta",
      "problem",
      "brytpunkter",
      "hinder",
      "frustrationer",
      "utmaningar",
      "svårigheter",
      "hindren",
    ],
    da: ["smertepunkter", "smerte", "problemer", "udfordringer", "frustrationer", "barrierer"],
  },
  gain: {
    en: [
      "gains",
      "delights",
      "delighters",
      "what works",
      "what is working",
      "what's working",
      "moments of joy",
      "highlights",
      "joys",
      "positives",
      "wins",
      "bright spots",
    ],
    sv: [
      "glädjeämnen",
      "glädje",
      "det som fungerar",
      "vad som fungerar",
      "höjdpunkter",
      "guldkorn",
    ],
    da: ["glæder", "glæde", "det der virker", "hvad der virker", "højdepunkter"],
  },
  opportunity: {
    en: [
      "opportunities",
      "opportunity",
      "ideas",
      "idea",
      "solutions",
      "improvements",
      "how might we",
      "possibilities",
      "quick wins",
    ],
    sv: ["möjligheter", "idéer", "idé", "lösningar", "förbättringar", "förbättringsförslag"],
    da: ["muligheder", "idéer", "idé", "løsninger", "forbedringer"],
  },
  action: {
    en: [
      "actions",
      "next steps",
      "action items",
      "action points",
      "action plan",
      "to do",
      "todo",
      "initiatives",
    ],
    sv: ["åtgärder", "aktiviteter", "handlingar", "nästa steg", "handlingsplan", "att göra"],
    da: [
      "handlinger",
      "tiltag",
      "næste skridt",
      "næste trin",
      "handlingsplan",
      "opgaver",
      "at gøre",
    ],
  },
  kpi: {
    en: ["kpis", "metrics", "measures", "measurements", "success metrics", "nps"],
    sv: ["kpi:er", "mått", "mätetal", "nyckeltal", "nki", "mätpunkter"],
    da: ["kpi'er", "målinger", "nøgletal", "målepunkter"],
  },
  question: {
    en: ["questions", "open questions", "parking lot", "parked", "unknowns"],
    sv: ["frågor", "öppna frågor", "parkering", "parkeringsplats", "parkerat"],
    da: ["spørgsmål", "åbne spørgsmål", "parkeringsplads", "parkering"],
  },
};

/**
 * Words for activities that mean what the organisation will do on their own ("Actions",
 * "Aktiviteter", "Handlinger") but the customer's steps when a customer word qualifies them
 * ("Customer actions", "Kundernes handlinger", "Aktiviteter (kund)").
 */
export const ACTIVITY_WORDS: Record<Language, readonly string[]> = {
  en: ["actions", "activities"],
  sv: ["aktiviteter", "handlingar"],
  da: ["aktiviteter", "handlinger"],
};

/** Words for the customer, in every form that qualifies an activity or heads a compound. */
export const CUSTOMER_WORDS: readonly string[] = [
  "customer",
  "customers",
  "user",
  "users",
  "kund",
  "kunden",
  "kundens",
  "kunder",
  "kunderna",
  "kundernas",
  "användare",
  "användarens",
  "användarnas",
  "kunde",
  "kunderne",
  "kundernes",
  "bruger",
  "brugeren",
  "brugerens",
  "brugere",
  "brugernes",
];

/** Words that may follow a lane word in a compound: "Möjlighets|områden", "Känslo|kurva". */
export const COMPOUND_HEADS: readonly string[] = [
  "område",
  "områden",
  "områder",
  "omrade",
  "punkter",
  "kurva",
  "kurve",
  "curve",
  "lista",
  "liste",
  "list",
  "plan",
  "karta",
  "kort",
  "map",
  "zone",
];

/** Words that neither name a lane nor count against a label that does ("Customer feelings"). */
export const FILLER_WORDS: readonly string[] = [
  ...CUSTOMER_WORDS,
  "the",
  "a",
  "an",
  "and",
  "of",
  "for",
  "our",
  "lane",
  "row",
  "how",
  "what",
  "does",
  "do",
  "is",
  "are",
  "och",
  "hur",
  "vad",
  "är",
  "för",
  "våra",
  "vår",
  "rad",
  "og",
  "hvad",
  "hvordan",
  "til",
  "vores",
  "række",
];
