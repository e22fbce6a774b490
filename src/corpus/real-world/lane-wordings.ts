import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";

/**
 * Lane labels as teams write them on real boards: questions, extra words, slashes, brackets and
 * emoji, in each language. Invented for the corpus, not taken from the lexicon, so that the
 * boards test the reading rather than repeat it. The traps are here too: "Next steps" is the
 * organisation's actions, "Customer actions" the customer's steps.
 */
export const LANE_WORDINGS: Record<Language, Record<LaneKind, readonly string[]>> = {
  en: {
    step: [
      "What is the customer doing?",
      "What does the customer do?",
      "Customer actions",
      "Doing 🏃",
      "Steps (what happens?)",
      "What are the customer's actions?",
      "User actions",
      "What does the guest do?",
      "Customer steps 👣",
    ],
    touchpoint: [
      "Touchpoints / channels",
      "Where does the customer meet us?",
      "Channels (where?)",
      "Touchpoints 📱",
      "Which channels do they use?",
      "Touch points & channels",
    ],
    thought: [
      "What is the customer thinking?",
      "Thinking 💭",
      "What are they thinking?",
      "Needs – what do they need?",
      "Customer thoughts",
      "What does the passenger think?",
      "Thoughts and needs 🤔",
    ],
    emotion: [
      "How does the customer feel?",
      "Feelings 😊 😐 😞",
      "Emotions (how do they feel?)",
      "What is the customer feeling?",
      "Mood / emotional journey",
      "Feelings of the guest",
    ],
    pain: [
      "Pains & frustrations 😤",
      "Pain points – what goes wrong?",
      "What frustrates them?",
      "Frustrations",
      "Pain points 😩",
      "Problems & pains",
      "Where does it hurt? (pain points)",
    ],
    gain: [
      "What is going well? 🙌",
      "Gains / wow moments",
      "What works",
      "Delights ✨",
      "Moments of joy",
      "What works well?",
    ],
    opportunity: [
      "Opportunities – how might we?",
      "Ideas 💡",
      "What could we do better?",
      "Ideas & opportunities",
      "Improvement ideas",
      "Opportunities 🚀",
    ],
    action: [
      "To do (who, when)",
      "Next steps",
      "Next steps (owner + date)",
      "Actions – who does what?",
      "Who does what?",
      "Action items ✅",
    ],
    kpi: ["KPIs / metrics", "How do we measure it?", "Metrics 📊", "KPIs (what do we measure?)"],
    question: [
      "Open questions ❓",
      "Parking lot 🅿️",
      "What do we not know?",
      "Questions & assumptions",
    ],
  },
  sv: {
    step: [
      "Vad gör kunden?",
      "Vad gör resenären?",
      "Kundens aktiviteter",
      "Resenärens aktiviteter",
      "Kundsteg 👣",
      "Vad gör patienten?",
      "Kundens steg (vad händer?)",
    ],
    touchpoint: [
      "Touchpoints / kanaler",
      "Kanaler – var möter vi kunden?",
      "Kontaktpunkter 📱",
      "Var möter kunden oss?",
      "Kanaler & kontaktytor",
    ],
    thought: [
      "Vad tänker resenären?",
      "Vad tänker kunden?",
      "Tankar & behov 💭",
      "Kundens tankar",
      "Vilka behov har kunden?",
      "Vad tänker patienten?",
    ],
    emotion: [
      "Vad känner kunden?",
      "Känslor 😊 😞",
      "Resenärens känslor",
      "Vad känner resenären?",
      "Känslokurva",
    ],
    pain: [
      "Vad är jobbigt?",
      "Smärtpunkter / frustration",
      "Problem 😤",
      "Brytpunkter – vad går fel?",
      "Frustrationer",
      "Smärtpunkter 😩",
    ],
    gain: ["Vad fungerar bra?", "Glädjeämnen ✨", "Det som fungerar", "Vad funkar bra? 🙌"],
    opportunity: [
      "Vad kan vi förbättra?",
      "Möjligheter & idéer 💡",
      "Idéer",
      "Förbättringsförslag",
      "Möjligheter 🚀",
    ],
    action: [
      "Att göra (vem, när)",
      "Nästa steg (vem, när)",
      "Åtgärder – vem gör vad?",
      "Vem gör vad?",
      "Åtgärder ✅",
      "Nästa steg",
    ],
    kpi: ["Mätetal (hur mäter vi?)", "KPI:er 📊", "Hur mäter vi det?", "Mått & KPI:er"],
    question: ["Öppna frågor ❓", "Parkering 🅿️", "Frågor att reda ut", "Vad vet vi inte?"],
  },
  da: {
    step: [
      "Hvad gør kunden?",
      "Kundens handlinger?",
      "Kundens handlinger",
      "Trin 👣",
      "Hvad gør borgeren?",
      "Kundens trin (hvad sker der?)",
    ],
    touchpoint: [
      "Hvor møder kunden os?",
      "Kontaktpunkter / kanaler",
      "Kanaler 📱",
      "Berøringspunkter",
      "Kanaler – hvor møder vi kunden?",
    ],
    thought: [
      "Hvad tænker kunden?",
      "Tanker & behov 💭",
      "Kundens tanker",
      "Hvilke behov har kunden?",
      "Hvad tænker borgeren?",
    ],
    emotion: [
      "Hvad føler kunden?",
      "Følelser 😊 😞",
      "Kundens følelser",
      "Hvad føler borgeren?",
      "Følelseskurve",
    ],
    pain: [
      "Hvad er svært?",
      "Frustrationer og problemer",
      "Smertepunkter 😤",
      "Problemer – hvad går galt?",
      "Frustrationer",
    ],
    gain: ["Hvad fungerer godt?", "Glæder ✨", "Det der virker", "Hvad virker godt? 🙌"],
    opportunity: [
      "Hvad kan vi gøre bedre?",
      "Muligheder & idéer 💡",
      "Idéer til forbedringer",
      "Muligheder 🚀",
    ],
    action: [
      "At gøre (hvem, hvornår)",
      "Næste skridt (hvem, hvornår)",
      "Hvem gør hvad?",
      "Tiltag ✅",
      "Tiltag – hvad gør vi?",
    ],
    kpi: ["KPI'er 📊", "Hvordan måler vi det?", "Målinger (hvordan måler vi?)"],
    question: ["Åbne spørgsmål ❓", "Parkeringsplads 🅿️", "Hvad ved vi ikke?"],
  },
};

/** The labels that read as another lane than a word in them suggests: each board gets one. */
export const TRAP_WORDINGS: Record<Language, readonly [string, LaneKind][]> = {
  en: [
    ["Next steps", "action"],
    ["Customer actions", "step"],
    ["Next steps (who, when)", "action"],
    ["What are the customer's actions?", "step"],
  ],
  sv: [
    ["Nästa steg (vem, när)", "action"],
    ["Kundens aktiviteter", "step"],
    ["Resenärens aktiviteter", "step"],
    ["Nästa steg", "action"],
  ],
  da: [
    ["Kundens handlinger", "step"],
    ["Næste skridt (hvem, hvornår)", "action"],
    ["Kundens handlinger?", "step"],
    ["Tiltag – hvad gør vi?", "action"],
  ],
};
