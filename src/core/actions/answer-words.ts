import { stemOf } from "../lexicon/label-tokens";
import { matchKey } from "../text/similar-text";

/**
 * Words that say nothing of what a note is about, in English, Swedish and Danish: function
 * words, the customer every note is about, the verbs every action starts with ("add", "inför",
 * "indfør") and the judgements every pain makes ("long", "lång", "lang"). Two notes sharing only
 * these share no subject. Compared unstemmed, as a stem ("var") may be a word's too ("varor").
 */
const STOP_WORDS = new Set(
  [
    // English
    "a an the and or but nor of to in on at for with by from about as into onto over under " +
      "up down out off than then so too very not no yes is are was were be been being am it " +
      "its this that these those there here we you they he she i our your their his her my " +
      "me us them who what which when where why how all any some each every more most less " +
      "much many few other same own just only also still again can could will would should " +
      "must may might do does did done have has had get gets got make makes made let lets " +
      "need needs want wants use add adds introduce improve fix create set give take put " +
      "new better good bad long short slow fast quick hard easy difficult unclear clear big " +
      "small high low customer customers customer's user users client clients people " +
      "always never often sometimes via per etc re ref day days week weeks hour hours " +
      "minute minutes month months year years",
    // Swedish, written folded as notes are compared ("pa" is "på", "for" is "för")
    "och att i pa av for med till fran om som ar var det den de en ett inte jag vi du ni " +
      "han hon man sig sin sitt sina er ert era deras har hade ha kan kunna ska skall maste " +
      "vill bor blir bli nar vad hur vem varfor sa men eller ocksa bara mer mera mest mycket " +
      "manga alla inga ingen inget nagot nagon nagra ny nya nytt battre bra daligt dalig " +
      "far fa gora gor gjorde infor infora lagg lagga skapa fixa forbattra ge ta satt " +
      "upp ut in over under efter innan an da dar denna detta dessa sjalv " +
      "kund kunden kunder kunderna kundens anvandare anvandaren behover " +
      "lang langa langt kort korta langsam langsamt snabb snabbt svart latt lange " +
      "otydlig otydligt otydliga tydlig tydligt tydligare stor stora liten lite hog hogt lag " +
      "alltid aldrig ofta ang angaende fler flera vid hos mot utan genom dag dagar dagen " +
      "vecka veckor veckan timme timmar minut minuter manad manader ar gang ganger",
    // Danish (æ and ø are letters of their own, kept when notes are compared)
    "og at i på af for med til fra om som er var det den de en et ikke jeg vi du han hun " +
      "man sig sin sit sine vores jeres deres har havde have kan skal må vil bør bliver " +
      "blive når hvad hvordan hvor hvem hvorfor så men eller også kun mere meget mange alle " +
      "ingen intet noget nogen nogle ny nye nyt bedre godt god dårlig får få gøre gør " +
      "lav lave indfør indføre tilføj opret forbedre giv tag sæt op ud ind over under efter " +
      "før end da der her denne dette disse selv kunde kunden kunder kunderne kundens " +
      "bruger brugeren brugere behøver lang lange langt længe kort korte langsom langsomt " +
      "hurtig hurtigt svær svært let uklar uklart tydelig tydeligt stor store lille høj højt " +
      "lav altid aldrig tit ofte vedr vedrørende flere ved hos mod uden inden gennem dag dage " +
      "dagen uge uger minut minutter måned måneder år gang gange",
  ]
    .join(" ")
    .split(" ")
    .map(matchKey),
);

/** Endings a short word takes without becoming another word: "kø" and "køen", "pay" and "payment". */
const SHORT_ENDINGS = new Set([
  "a",
  "e",
  "n",
  "s",
  "ar",
  "er",
  "or",
  "en",
  "et",
  "es",
  "na",
  "ne",
  "ene",
  "erna",
  "arna",
  "orna",
  "erne",
  "ing",
  "ings",
  "ning",
  "ment",
  "ande",
  "ende",
]);
/** A stem this long is a word of its own inside a compound: "vänt" in "väntetid", "pris" in "totalpris". */
export const COMPOUND_PART = 4;
/**
 * A word this long may lose its last letter, a definite ending, before it starts a compound:
 * "teknikern" in "teknikerbesök".
 */
const DEFINITE_PART = 6;
/** What follows a word's start to make another word, not a compound: "funk" in "funktion". */
const NOT_A_PART = /^(?:tion|sion|ion|tioner|sionen)/u;
/** Endings that are words too, which end many words without being their part: "avise-ring". */
const NOT_A_TAIL = new Set([
  "ring",
  "ning",
  "ling",
  "ting",
  "else",
  "ande",
  "ende",
  "skap",
  "tion",
]);

/** A word as written (folded) and as its stem: a stem may cut too much ("pris" to "pri"). */
export interface Word {
  word: string;
  stem: string;
}

/**
 * The words a note's text is about: accents, case and punctuation folded the way near-duplicate
 * notes are compared ("vanta" meets "vänta"), stop words and numbers left out.
 */
export function meaningfulWords(text: string): Word[] {
  const words = new Map<string, Word>();
  for (const word of matchKey(text).split(" ")) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.set(word, { word, stem: stemOf(word) });
  }
  return [...words.values()];
}

/**
 * Whether two words are one, by their stems or as written: the same; one a part of a compound
 * the other is ("vänt" in "väntetid", "pris" in "totalpris", "kasse" in "selvbetjeningskasse");
 * or a short word and the same word inflected ("kø", "køen"), which a plain prefix would not
 * tell from another word ("kö" starts "köpa").
 */
export function sameWord(a: Word, b: Word): boolean {
  return (
    (mayBeSame(a.stem, b.stem) && sameForm(a.stem, b.stem)) ||
    (mayBeSame(a.word, b.word) && sameForm(a.word, b.word))
  );
}

/**
 * What `sameForm` needs, told cheaply, as an action is weighed against every pain of its stage:
 * two forms of one word start alike, or, as a compound's tail, end alike in three letters or
 * more.
 */
function mayBeSame(a: string, b: string): boolean {
  if (a === "" || b === "" || a.charCodeAt(0) === b.charCodeAt(0)) return true;
  if (a.length < COMPOUND_PART || b.length < COMPOUND_PART) return false;
  for (let i = 1; i <= 3; i++) {
    if (a.charCodeAt(a.length - i) !== b.charCodeAt(b.length - i)) return false;
  }
  return true;
}

function sameForm(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= COMPOUND_PART) {
    if (long.endsWith(short) && !NOT_A_TAIL.has(short)) return true;
    const head = long.startsWith(short)
      ? short
      : short.length >= DEFINITE_PART && long.startsWith(short.slice(0, -1))
        ? short.slice(0, -1)
        : null;
    return head !== null && !NOT_A_PART.test(long.slice(head.length));
  }
  return long.startsWith(short) && SHORT_ENDINGS.has(long.slice(short.length));
}

/** The meaningful words of one text that the other shares. */
export function sharedWords(a: readonly Word[], b: readonly Word[]): Word[] {
  return a.filter((word) => b.some((other) => sameWord(word, other)));
}
