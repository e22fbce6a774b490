import type { Language } from "../../core/lexicon/lane-words";

/**
 * A word's forms, one per plural category the language's rules use (CLDR's: English, Swedish
 * and Danish use `one` and `other` for whole numbers; `other` is what a category without a form
 * of its own falls back on).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const RULES = new Map<Language, Intl.PluralRules>();

/**
 * A count with its word in the form the language's plural rules select for it: "1 note",
 * "0 notes", "1 lapp", "2 lappar", "1 seddel", "2 sedler". The rules decide, not a test for one,
 * so a language whose plural differs has only to give its forms.
 */
export function plural(language: Language, count: number, forms: PluralForms): string {
  let rules = RULES.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    RULES.set(language, rules);
  }
  return `${count} ${forms[rules.select(count)] ?? forms.other}`;
}
