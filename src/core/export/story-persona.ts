import type { Language } from "../lexicon/lane-words";

/** Where a persona's name or role ends and its description starts: "Sara, 34, …", "Anna – …". */
const DESCRIPTION = /\s*(?:[,;:(/]|\s[–—-]\s)/u;
/** One word of a name: a capital and at least one small letter ("Sara", "Anna-Karin", "McDonald"). */
const NAME_WORD = String.raw`(?=[\p{L}'’-]*\p{Ll})\p{Lu}[\p{L}'’-]*`;
/** A name: up to three such words, with the small words names hold ("Ida von Essen"). */
const NAME = new RegExp(
  `^${NAME_WORD}(?: (?:(?:von|van|der|den|af|de|da|di|del|la|le) )?${NAME_WORD}){0,2}$`,
  "u",
);
/** A name before an age or a figure: "Sara 34", "Sara 34 år". */
const NAME_AND_FIGURE = /^(.*?)\s+\d/u;
/**
 * Words that make a persona a role, not a name, even written with capitals ("Student", "Busy
 * Parent", "Small Business Owner"), as a name never is one of them.
 */
const ROLE_WORDS = new Set(
  (
    "customer client user student parent mother father mum mom dad commuter traveller traveler " +
    "passenger tourist retiree pensioner senior owner manager buyer seller shopper visitor guest " +
    "patient employee worker freelancer designer developer teacher nurse driver tenant member " +
    "newcomer beginner expert family couple household " +
    "kund användare student förälder mamma pappa pendlare resenär turist pensionär ägare chef " +
    "köpare besökare gäst patient anställd frilansare hyresgäst medlem familj småföretagare " +
    "kunde bruger studerende forælder mor far pendler rejsende pensionist ejer leder køber " +
    "besøgende gæst ansat lejer medlem familie"
  ).split(" "),
);
/** A word written with a capital that a role in a sentence does not keep ("Parent", not "IT"). */
const CAPITALISED = /^\p{Lu}(?:\p{Ll}|$)/u;
/** Letters whose names start with a vowel sound, for an abbreviation read letter by letter. */
const AN_LETTERS = /^[AEFHILMNORSX]/u;
/** English takes "an" before a vowel sound: not the one of "user" or "one", but the silent h's. */
const AN =
  /^(?:(?!uni|use|usu|uti|ura|uro|eu|one\b|once)[aeiou]|hour|honest|hono|heir|8|1[18](?!\d))/iu;

/**
 * Who a user story speaks as, from the workshop's persona: its name ("Sara, 34, works from home"
 * speaks as "Sara") or its role, which English gives an article ("a busy parent", "an IT
 * manager") and Swedish and Danish do not ("Som pendlare"). The description after the name
 * stays in the journey's header, so a story stays one readable line. Empty where the persona
 * has no words to speak as ("34, works from home"), for the default to take its place.
 */
export function storyPersona(persona: string, language: Language): string {
  const start = persona.replace(/^[^\p{L}\p{N}]+/u, "");
  let who = start.split(DESCRIPTION)[0]?.trim() ?? "";
  const named = NAME_AND_FIGURE.exec(who)?.[1];
  if (named && NAME.test(named) && !isRole(named)) who = named;
  if (!/\p{L}/u.test(who)) return "";
  if (NAME.test(who) && !isRole(who)) return who;
  const role = lowered(who);
  if (language !== "en") return role;
  const first = role.split(/[\s-]/u)[0] ?? "";
  const abbreviation = first.length > 1 && first === first.toUpperCase() && /\p{L}/u.test(first);
  const an = abbreviation ? AN_LETTERS.test(first) : AN.test(role);
  return `${an ? "an" : "a"} ${role}`;
}

function isRole(words: string): boolean {
  return words.split(/[\s-]/u).some((word) => ROLE_WORDS.has(word.toLowerCase()));
}

/**
 * A role as a sentence writes it: the capital that starts the field dropped ("Busy parent"), or
 * every word's where all are capitalised ("Small Business Owner"); abbreviations and the names
 * inside a role written otherwise stay ("IT manager", "commuter from Uppsala").
 */
function lowered(role: string): string {
  const words = role.split(" ");
  const title = words.every((word) => CAPITALISED.test(word) || !/\p{Ll}/u.test(word));
  const lower = (word: string) =>
    CAPITALISED.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word;
  return (title ? words.map(lower) : [lower(words[0] ?? ""), ...words.slice(1)]).join(" ");
}
