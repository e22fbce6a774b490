import type { Language } from "../../core/lexicon/lane-words";

/**
 * The stages a new journey starts with, from the customer's need to getting help afterwards, as
 * a service designer would name them in each language. The facilitator edits them freely.
 */
export const DEFAULT_STAGES: Record<Language, readonly string[]> = {
  en: ["Need", "Research", "Choose", "Buy", "Use", "Get help"],
  sv: ["Behov", "Söka information", "Välja", "Köpa", "Använda", "Få hjälp"],
  da: ["Behov", "Søge information", "Vælge", "Købe", "Bruge", "Få hjælp"],
};
