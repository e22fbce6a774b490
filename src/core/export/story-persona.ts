import type { Language } from "../lexicon/lane-words";

/** Where a persona's name or role ends and its description starts: "Sara, 34, …", "Anna – …". */
const DESCRIPTION = /\s*(?:[,;:(]|\s[–—-]\s)/u;
/** A name, not a role: one to three words, each capitalised ("Sara", "Per Olof"). */
const NAME = /^\p{Lu}[\p{Ll}'’-]*(?: \p{Lu}[\p{Ll}'’-]*){0,2}$/u;
/** A role written with a capital only because it starts the field ("Busy parent", not "IT lead"). */
const CAPITALISED = /^\p{Lu}(?:\p{Ll}|$)/u;
/** English takes "an" before a vowel sound: not the one of "user" or "one", but the silent h's. */
const AN = /^(?:(?!uni|use|usu|ute|eu|one\b|once)[aeiou]|hour|honest|hono)/iu;

/**
 * Who a user story speaks as, from the workshop's persona: its name ("Sara, 34, works from home"
 * speaks as "Sara") or its role, which English gives an article ("a busy parent", "an IT
 * manager") and Swedish and Danish do not ("Som pendlare"). The description after the name
 * stays in the journey's header, so a story stays one readable line.
 */
export function storyPersona(persona: string, language: Language): string {
  const who = persona.split(DESCRIPTION)[0]?.trim() ?? "";
  if (who === "" || NAME.test(who)) return who;
  const role = CAPITALISED.test(who) ? who.charAt(0).toLowerCase() + who.slice(1) : who;
  if (language !== "en") return role;
  return `${AN.test(role) ? "an" : "a"} ${role}`;
}
