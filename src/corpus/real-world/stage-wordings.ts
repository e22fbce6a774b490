import type { Language } from "../../core/lexicon/lane-words";
import type { Random } from "../random";

/**
 * Stage titles of a few journeys per language, in the journey's order, as teams write them:
 * numbered, with arrows, one word or several. A board takes the first few of one journey.
 */
export const STAGE_WORDINGS: Record<Language, readonly (readonly string[])[]> = {
  en: [
    ["Awareness", "Consideration", "Purchase", "Delivery", "Use", "Support", "Loyalty"],
    ["1. Discover", "2. Research", "3. Book", "4. Travel", "5. Arrive", "6. Go home"],
    ["Need", "Search", "Compare offers", "Sign contract", "Onboarding", "Everyday use", "Renew"],
    ["Before the visit", "Booking", "Arrival →", "Treatment", "Follow-up", "Invoice"],
  ],
  sv: [
    ["Behov", "Söka info", "Jämföra", "Köp", "Leverans", "Användning", "Förnyelse"],
    ["1. Inspiration", "2. Planering", "3. Bokning", "4. Resan", "5. Framme", "6. Hemresa"],
    ["Upptäcka", "Ansöka", "Vänta på beslut", "Beslut", "Uppföljning", "Avslut"],
    ["Före besöket", "Tidsbokning", "Ankomst →", "Besöket", "Efteråt", "Faktura"],
  ],
  da: [
    ["Behov", "Søge info", "Sammenligne", "Køb", "Levering", "Brug", "Fornyelse"],
    ["1. Inspiration", "2. Planlægning", "3. Booking", "4. Rejsen", "5. Ankomst", "6. Hjemrejse"],
    ["Opdage", "Ansøge", "Vente på svar", "Afgørelse", "Opfølgning", "Afslutning"],
    ["Før besøget", "Tidsbestilling", "Ankomst →", "Besøget", "Bagefter", "Faktura"],
  ],
};

/**
 * The stages a board's team wrote: the first few of one journey's wording, at least `fewest`
 * (a journey of one or two stages is no journey map) and at most `most`.
 */
export function boardStages(
  random: Random,
  language: Language,
  fewest = 4,
  most = Number.POSITIVE_INFINITY,
): string[] {
  const wording = random.pick(STAGE_WORDINGS[language]);
  return wording.slice(0, random.int(fewest, Math.min(most, wording.length)));
}
