import { describe, expect, it } from "vitest";
import type { Language } from "../../core/lexicon/lane-words";
import { da } from "../words/da";
import { en } from "../words/en";
import type { PanelWords } from "../words/panel-words";
import { errorText } from "../words/report-text";
import { sv } from "../words/sv";
import type { PanelState } from "./panel-state";
import { sessionOn, smallWorkshop } from "./panel-test-kit";

const WORDS: Record<Language, PanelWords> = { en, sv, da };

/** Words that come in only when the test says so, or fail to. */
function wordsOnCall() {
  const waiting = new Map<Language, { arrive: () => void; fail: () => void }>();
  const load = (language: Language) =>
    new Promise<PanelWords>((resolve, reject) => {
      waiting.set(language, {
        arrive: () => resolve(WORDS[language]),
        fail: () => reject(new TypeError("Failed to fetch dynamically imported module")),
      });
    });
  const settle = async (language: Language, how: "arrive" | "fail") => {
    const call = waiting.get(language);
    if (call === undefined) throw new Error(`Nobody asked for ${language}`);
    waiting.delete(language);
    call[how]();
    // Lets the session take in what came.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    load,
    asked: () => [...waiting.keys()],
    arrive: (language: Language) => settle(language, "arrive"),
    fail: (language: Language) => settle(language, "fail"),
  };
}

/** Every state the store goes through, as language and the language of its words. */
function watchLanguage(state: { subscribe(listener: (state: PanelState) => void): unknown }) {
  const seen: string[] = [];
  state.subscribe(({ language, words }) => {
    const shown = words === null ? "none" : words === WORDS[language] ? "same" : "other";
    const entry = `${language}:${shown}`;
    if (seen.at(-1) !== entry) seen.push(entry);
  });
  return seen;
}

describe("the panel's language", () => {
  it("has no words to show until its own language's are in", async () => {
    const words = wordsOnCall();
    const { session } = await sessionOn([], { language: "sv", loadWords: words.load });
    expect(words.asked()).toEqual(["sv"]);
    expect(session.store.get().words).toBeNull();
    await words.arrive("sv");
    expect(await session.ready).toBe(true);
    expect(session.store.get()).toMatchObject({ language: "sv", words: sv });
  });

  it("keeps its words on screen while another language loads, then switches all at once", async () => {
    const words = wordsOnCall();
    const { items } = smallWorkshop();
    const { session } = await sessionOn(items, { language: "en", loadWords: words.load });
    await words.arrive("en");
    await session.analyse.analyse();
    const seen = watchLanguage(session.store);

    const switched = session.setLanguage("da");
    expect(session.store.get()).toMatchObject({ language: "en", words: en });
    await words.arrive("da");
    expect(await switched).toBe(true);
    const state = session.store.get();
    expect(state).toMatchObject({ language: "da", words: da });
    expect(state.start.form.language).toBe("da");
    expect(state.analyse.preview?.headline).toMatch(/^Hotspot: Buy, 2 smertepunkter/);
    // Never a state whose words are another language's than the one it says.
    expect(seen).toEqual(["da:same"]);
  });

  it("stays in its language when the other's words cannot be fetched, and says so in it", async () => {
    const words = wordsOnCall();
    const { session } = await sessionOn([], { language: "sv", loadWords: words.load });
    await words.arrive("sv");

    const switched = session.setLanguage("en");
    await words.fail("en");
    expect(await switched).toBe(false);
    const { language, words: shown, error } = session.store.get();
    expect({ language, shown }).toEqual({ language: "sv", shown: sv });
    expect(error && errorText(sv, error)).toBe(
      "Det andra språket kunde inte laddas, så panelen fortsätter på svenska. Kontrollera anslutningen och välj språket igen.",
    );

    // Chosen again once the connection is back, the language comes and the message goes.
    const again = session.setLanguage("en");
    await words.arrive("en");
    expect(await again).toBe(true);
    expect(session.store.get()).toMatchObject({ language: "en", words: en, error: null });
  });

  it("follows the last choice when an earlier language's words come in after it", async () => {
    const words = wordsOnCall();
    const { session } = await sessionOn([], { language: "en", loadWords: words.load });
    await words.arrive("en");

    const swedish = session.setLanguage("sv");
    const danish = session.setLanguage("da");
    await words.arrive("da");
    await words.arrive("sv");
    expect([await swedish, await danish]).toEqual([false, true]);
    expect(session.store.get()).toMatchObject({ language: "da", words: da });
  });

  it("says so when not even its first words can be fetched", async () => {
    const words = wordsOnCall();
    const { session } = await sessionOn([], { language: "da", loadWords: words.load });
    await words.fail("da");
    expect(await session.ready).toBe(false);
    expect(session.store.get()).toMatchObject({
      words: null,
      error: { kind: "language-unavailable" },
    });
  });
});
