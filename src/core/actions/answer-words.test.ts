import { describe, expect, it } from "vitest";
import { meaningfulWords, sameWord, sharedWords } from "./answer-words";

const words = (text: string) => meaningfulWords(text).map((w) => w.word);
const shared = (a: string, b: string) => sharedWords(meaningfulWords(a), meaningfulWords(b)).length;

describe("meaningfulWords", () => {
  it("leaves out stop words, the customer, judgements, spans of time and numbers, in en, sv and da", () => {
    expect(words("The customer waits 40 minutes for a long time")).toEqual(["waits", "time"]);
    expect(words("Kunden får vänta länge på svar")).toEqual(["vanta", "svar"]);
    expect(words("Kunden skal vente længe på svar")).toEqual(["vente", "svar"]);
  });
});

describe("sameWord", () => {
  const word = (text: string) => meaningfulWords(text)[0] as ReturnType<typeof meaningfulWords>[0];

  it("meets a word inside a compound, by its stem or as written", () => {
    expect(sameWord(word("väntetid"), word("vänta"))).toBe(true);
    expect(sameWord(word("ventetiden"), word("vente"))).toBe(true);
    expect(sameWord(word("totalpris"), word("pris"))).toBe(true);
    expect(sameWord(word("checkouts"), word("checkout"))).toBe(true);
    expect(sameWord(word("teknikern"), word("teknikerbesök"))).toBe(true);
  });

  it("meets no word that only starts or ends like another", () => {
    expect(sameWord(word("funkar"), word("funktion"))).toBe(false);
    expect(sameWord(word("ringa"), word("avisering"))).toBe(false);
  });

  it("meets a short word only inflected, not as the start of another word", () => {
    expect(sameWord(word("køen"), word("kø"))).toBe(true);
    expect(sameWord(word("kön"), word("kö"))).toBe(true);
    expect(sameWord(word("köpa"), word("kö"))).toBe(false);
    expect(sameWord(word("card"), word("car"))).toBe(false);
  });
});

describe("sharedWords", () => {
  it("counts the words of one text the other shares", () => {
    expect(shared("Åbn flere kasser når køen er lang", "Lang kø ved kassen")).toBe(2);
    expect(shared("Ring upp så kunden slipper vänta", "Lång väntetid")).toBe(1);
    expect(shared("Give the customer a discount", "The customer has to wait")).toBe(0);
  });
});
