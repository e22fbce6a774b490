const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
/** Apostrophes and colons inside a word join its parts: "KPI:er", "KPI'er", "what's". */
const INNER_JOINER = /(?<=[\p{L}\p{N}])['’:](?=\p{L})/gu;
const ACUTE_OR_GRAVE = /[\u0300\u0301]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Inflection endings of English, Swedish and Danish plurals and definite forms, longest first.
 * Stripping them from both the lexicon and the label makes "Känslor", "känslorna" and "Känsla"
 * meet at one stem, as "Pains" and "pain" do.
 */
const ENDINGS = [
  "erna",
  "arna",
  "orna",
  "erne",
  "ene",
  "ies",
  "er",
  "ar",
  "or",
  "es",
  "en",
  "et",
  "s",
  "e",
  "a",
];
const MIN_STEM = 3;

/** The stem a word is compared by. */
export function stemOf(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    known = stemFresh(word);
    // Words repeat across a board; the cache stays small because vocabularies do.
    if (stems.size < MAX_CACHED_STEMS) stems.set(word, known);
  }
  return known;
}

const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 20_000;

function stemFresh(word: string): string {
  let stem = word;
  for (let round = 0; round < 3; round++) {
    const ending = ENDINGS.find((e) => stem.endsWith(e) && stem.length - e.length >= MIN_STEM);
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
  }
  return stem;
}

/**
 * A label as the stems of its words: case, emoji, punctuation and acute accents ("Idéer")
 * folded away; Nordic letters (å ä ö æ ø) kept, since they tell words apart.
 */
export function labelTokens(label: string): string[] {
  // Plain ASCII has nothing to normalise: no emoji, no accents, no compatibility forms.
  const folded = PLAIN_ASCII.test(label)
    ? label.replace(INNER_JOINER, "").toLowerCase()
    : foldUnicode(label);
  return folded
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
    .map(stemOf);
}

const PLAIN_ASCII = /^[\x20-\x7E]*$/;

function foldUnicode(label: string): string {
  return label
    .normalize("NFKC")
    .replace(EMOJI, " ")
    .replace(INNER_JOINER, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(ACUTE_OR_GRAVE, "")
    .normalize("NFC");
}
