import type { LaneKind } from "../model/lane-kind";
import type { Language } from "./lane-words";

/**
 * Word beginnings that name a lane in any inflection, for labels written as questions or
 * sentences ("What frustrates them?", "Vad kan vi förbättra?", "Hvad er besværligt?"). They are
 * tried only on words the lexicon's whole words and compounds miss, and read a little less
 * surely than a whole word. Each is long enough not to start ordinary words: "følel", not
 * "føl" (which starts "følge", to follow); "känsl", not "känn" ("kännetecken").
 */
export const LANE_STEMS: Partial<Record<LaneKind, Record<Language, readonly string[]>>> = {
  step: {
    en: ["doing"],
    sv: ["beteend"],
    da: ["adfærd"],
  },
  touchpoint: {
    en: ["touchpoint", "channel"],
    sv: ["kontaktpunkt", "kontaktyt", "kanal"],
    da: ["kontaktpunkt", "kanal"],
  },
  thought: {
    en: ["think", "thought", "expect", "motivat", "achiev"],
    sv: ["tänk", "tanke", "förvänt", "uppnå", "funder"],
    da: ["tænk", "tanke", "forvent", "opnå", "overvej"],
  },
  emotion: {
    en: ["feel", "emotion"],
    sv: ["känsl", "känner"],
    da: ["følel", "føler"],
  },
  pain: {
    en: ["frustrat", "annoy", "painful", "problem", "difficult", "struggl"],
    sv: ["frustr", "smärt", "jobbig", "krångl", "irriter", "problem", "svår"],
    da: ["frustr", "smert", "besvær", "irriter", "problem", "svær", "bekymr"],
  },
  gain: {
    en: ["delight", "enjoy"],
    sv: ["glädj"],
    da: ["glæd", "begejstr"],
  },
  opportunity: {
    en: ["opportunit", "improv", "idea"],
    sv: ["möjlighet", "förbättr"],
    da: ["mulighed", "forbedr"],
  },
  kpi: {
    en: ["metric", "measur"],
    sv: ["mätetal", "mätpunkt"],
    da: ["målepunkt", "måling"],
  },
  question: {
    en: ["question", "unknown", "investigat"],
    sv: ["fråg", "oklar", "undersök"],
    da: ["spørg", "uklar", "undersøg"],
  },
};
