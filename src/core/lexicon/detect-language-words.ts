import type { Language } from "./lane-words";

/** How much one word tells for each language it belongs to. */
export type LanguageWeights = Readonly<Partial<Record<Language, number>>>;

/**
 * Frequent words of each language, as written on stickies, with what they tell. Function words
 * and words that tell Swedish from Danish ("och"/"og", "inte"/"ikke", "vad"/"hvad") weigh most;
 * words the two share ("det", "kunden", "på") weigh less and only tell them from English; words
 * also used in another language ("her", "have", "for", "lang") weigh little on each side. Forms
 * written without å, ä, ö, æ, ø ("ocksa", "ogsaa", "pa") are listed, as teams type them so.
 */
const GROUPS: [words: string, weights: LanguageWeights][] = [
  [
    "och att inte är ar jag hur vad vill också ocksa mycket bra ska skall måste maste kanske " +
      "varför varfor vem vilken vilket vilka hon från fran av utan mellan innan sedan bara " +
      "väldigt lite många manga alla andra samma varje där dar här tar ger hade kunna borde fel " +
      "lång långt oss vår våra vårt ut upp tycker själv fortfarande ännu sista första forsta " +
      "alltid hela blir bli ju nog dock därför eftersom medan kund kunderna vara svårt " +
      "snabbt tydligt otydligt jobbigt roligt trevligt bättre battre sämre pengar köpa köper " +
      "hitta hittar förstår förstå veta vet behöver behover saknas saknar fråga fraga frågor " +
      "inga något någon några nagot nagon sitt sina gärna ganska nästan kvar redan tillbaka " +
      "tillsammans verkligen riktigt väntar vantar väntade två tva ett gör gora göra inget till trevlig vecka tidigt tidig snabb leverans visa kassan frakt " +
      "hemsida webbplats kundtjänst",
    { sv: 2 },
  ],
  [
    // Everyday verbs, nouns and adjectives whose Swedish and Danish forms differ.
    "mot vid genom hem hemma liten gammal titta tittar prata pratar säga säger " +
      "skicka skickar betala betalar beställa hämta glömma glömt glomt känna känner kanner " +
      "nöjd nojd arg ledsen rädd radd orolig svår lätt latt människa manniska människor " +
      "företag foretag möte mote vänta vanta söka soka söker soker använda använder anvanda " +
      "anvander tidigare senast krånglig kranglig tydlig hjälpsam hjalpsam personalen berätta " +
      "berättade beratta berattade fick gick idag imorgon igår kväll kvall morgon dagar timmar " +
      "timme minuter månad manad veckor veckan sidan knapp barnen avgift avgiften kostnad " +
      "kostnader förklara förklarade även aven kring runt öppna oppna öppet stänga stängd " +
      "skriva läsa lasa läser svara svarar ringa boka bokar bokat bokning fylla fyller " +
      "lämna lamna nytt",
    { sv: 1.5 },
  ],
  [
    "mod hjem hjemme lille gammel kigge kigger snakke snakker sige siger sende betale betaler " +
      "bestille bestiller hente henter lukke lukket glemme glemt føle føler foler tilfreds " +
      "bange bekymret svær svaer menneske mennesker virksomhed vente søge soge søger soger " +
      "bruge bruger tidligere senest besværlig besvaerlig tydelig tydeligt hjælpsom hjaelpsom " +
      "personalet fortælle fortaelle fortalte sagde fik gik aften morgen dage minutter måned " +
      "maned uger ugen knap børnene bornene gebyr gebyret omkostning omkostninger forklare " +
      "omkring åbne abne åben aben skrive læse laese læser laeser svare svarer ringe booke " +
      "udfylde udfylder aflevere nyt forkert",
    { da: 1.5 },
  ],
  ["sender tale timer", { da: 1 }],
  ["ha mer", { sv: 1 }],
  [
    "og ikke jeg hvordan hvad hvem hvor hvorfor hvornår hvis hvilken hvilket hvilke også ogsaa " +
      "ogsa meget godt fra uden mellem inden siden lidt mange alle andre samme hver der være " +
      "vaere blive bliver havde skal vil kunne burde noget nogen nogle hun vores jer os mere " +
      "kun intet fejl tager giver synes måske maaske altid hele selv endnu stadig sidste første " +
      "forste venter ventede ventetid kunderne ud fordi derfor gøre gør svært " +
      "hurtigt nemt spørger sporger spørgsmål penge købe køber finde finder forstår vide mangler " +
      "spørge sjovt dårlig dårligt bedre værre lige rigtig virkelig allerede næsten tilbage " +
      "sammen paa naar hjemmeside kundeservice ved af er til uge tidligt tidlig hurtig levering venlig venligt personale fragt kassen",
    { da: 2 },
  ],
  ["op et bare mens gore maske da må tak vis senere samlet", { da: 1 }],
  ["senare", { sv: 1 }],
  ["at", { da: 1.5, en: 1 }],
  ["lang langt", { da: 1, sv: 0.5 }],
  ["for", { en: 1, da: 1, sv: 0.5 }],
  ["her have over", { en: 1, da: 1 }],
  ["kunde", { da: 1, sv: 1 }],
  [
    "det den de dem som med på pa vi kan har kunden kunder eller om så nu efter han mig dig sig " +
      "ingen aldrig helt tror kommer går får ser svar tid pris ny en var ja nej hej ingenting " +
      "igen dag nar ringer kontakt tre man enkelt enkel sådan ville klar butik hos glad dyr dyrt " +
      "billig billigt stor stort kom tog blev skriver kaffe dagen",
    { sv: 1, da: 1 },
  ],
  ["men", { sv: 1, da: 1, en: 0.5 }],
  ["to", { en: 1.5, da: 0.5 }],
  ["give", { en: 1, da: 1 }],
  ["find", { en: 1, da: 0.5 }],
  ["just", { en: 1, sv: 0.5 }],
  ["in all", { en: 1, sv: 0.3 }],
  ["order", { en: 0.5 }],
  [
    "the and is are was were not with what when how why who which where there this that these " +
      "those they their them you your we our us has had been would should could can't cant " +
      "don't dont doesn't didn't won't isn't it's i'm we're they're very also too want wants " +
      "must need needs customer customers good because about into than then only still " +
      "again never always every any some yes of from nobody nothing someone everything",
    { en: 2 },
  ],
  [
    "it be will can do does did get gets got make take takes know think feel feels see " +
      "use wait waits waiting long time price pay buy call calls phone website staff " +
      "help easy hard slow quick clear unclear on or if but so my me he she his an a " +
      "no more after before out up new one two three first last next back answer reply " +
      "delivery contact page search ask asks friend happy sad angry annoyed worried confused " +
      "unsure week day days minutes hours way",
    { en: 1 },
  ],
];

/** Every listed word, lower-case, with what it tells (weights of a word in two groups add). */
export const LANGUAGE_WORDS: ReadonlyMap<string, LanguageWeights> = (() => {
  const words = new Map<string, Partial<Record<Language, number>>>();
  for (const [list, weights] of GROUPS) {
    for (const word of list.split(/\s+/)) {
      const known = words.get(word) ?? {};
      for (const [language, weight] of Object.entries(weights) as [Language, number][]) {
        known[language] = (known[language] ?? 0) + weight;
      }
      words.set(word, known);
    }
  }
  return words;
})();
