import type { Language } from "../core/lexicon/lane-words";
import type { LaneKind } from "../core/model/lane-kind";

/** Stage names teams use, per language. */
export const STAGE_NAMES: Record<Language, readonly string[]> = {
  en: [
    "Need",
    "Research",
    "Compare",
    "Buy",
    "Delivery",
    "Onboarding",
    "Use",
    "Support",
    "Renewal",
    "Leave",
  ],
  sv: [
    "Behov",
    "Research",
    "Jämföra",
    "Köp",
    "Leverans",
    "Uppstart",
    "Användning",
    "Support",
    "Förnyelse",
    "Avslut",
  ],
  da: [
    "Behov",
    "Research",
    "Sammenligne",
    "Køb",
    "Levering",
    "Opstart",
    "Brug",
    "Support",
    "Fornyelse",
    "Afslutning",
  ],
};

/** What notes say, per lane and language: short, as written on stickies. */
export const NOTE_TEXTS: Record<Language, Record<LaneKind, readonly string[]>> = {
  en: {
    step: ["Searches online", "Asks a friend", "Fills in the form", "Calls support"],
    touchpoint: ["Website", "App", "Phone", "Store", "Email"],
    thought: ["Is this worth it?", "Need it by Friday", "Who can I ask?"],
    emotion: ["😊 Relieved", "😡 Annoyed", "Unsure", "Happy!"],
    pain: ["Long wait on the phone", "Form too long", "Price unclear", "No reply"],
    gain: ["Friendly staff", "Quick delivery", "Clear price"],
    opportunity: ["Chat support", "Show price early", "Fewer fields"],
    action: ["Shorten form @anna !high", "Call back in 24 h @erik", "Price page due:2026-12-01"],
    kpi: ["NPS", "Conversion", "Churn", "First contact resolution"],
    question: ["Who owns this?", "Legal check?", "Data available?"],
  },
  sv: {
    step: ["Söker på nätet", "Frågar en vän", "Fyller i formulär", "Ringer kundtjänst"],
    touchpoint: ["Webbplats", "App", "Telefon", "Butik", "E-post"],
    thought: ["Är det värt det?", "Behöver det till fredag", "Vem kan jag fråga?"],
    emotion: ["😊 Lättad", "😡 Irriterad", "Osäker", "Glad!"],
    pain: ["Lång väntetid", "För långt formulär", "Otydligt pris", "Inget svar"],
    gain: ["Trevlig personal", "Snabb leverans", "Tydligt pris"],
    opportunity: ["Chatt", "Visa pris tidigt", "Färre fält"],
    action: ["Korta formuläret @anna !hög", "Ring upp inom 24 h @erik", "Prissida due:2026-12-01"],
    kpi: ["NKI", "Konvertering", "Churn", "Lösta vid första kontakt"],
    question: ["Vem äger frågan?", "Juridik?", "Finns data?"],
  },
  da: {
    step: ["Søger online", "Spørger en ven", "Udfylder formular", "Ringer til support"],
    touchpoint: ["Hjemmeside", "App", "Telefon", "Butik", "E-mail"],
    thought: ["Er det det værd?", "Skal bruge det fredag", "Hvem kan jeg spørge?"],
    emotion: ["😊 Lettet", "😡 Irriteret", "Usikker", "Glad!"],
    pain: ["Lang ventetid", "For lang formular", "Uklar pris", "Intet svar"],
    gain: ["Venligt personale", "Hurtig levering", "Klar pris"],
    opportunity: ["Chat", "Vis pris tidligt", "Færre felter"],
    action: [
      "Kort formularen @anna !høj",
      "Ring tilbage inden 24 t @erik",
      "Prisside due:2026-12-01",
    ],
    kpi: ["NPS", "Konvertering", "Churn", "Løst ved første kontakt"],
    question: ["Hvem ejer det?", "Jura?", "Findes data?"],
  },
};
