import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "./did-you-mean";

describe("editDistance", () => {
  it("counts added, dropped and changed letters and swapped neighbours as one edit each", () => {
    expect(editDistance("lang", "lang")).toBe(0);
    expect(editDistance("langs", "lang")).toBe(1);
    expect(editDistance("lng", "lang")).toBe(1);
    expect(editDistance("analyse", "analyze")).toBe(1);
    expect(editDistance("jria", "jira")).toBe(1);
    expect(editDistance("ca", "abc")).toBe(3);
    expect(editDistance("", "md")).toBe(2);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("didYouMean", () => {
  const verbs = ["template", "analyze", "summarize", "actions", "export"];

  it("finds the word a typo meant, in any case", () => {
    expect(didYouMean("analyse", verbs)).toBe("analyze");
    expect(didYouMean("tmplate", verbs)).toBe("template");
    expect(didYouMean("SUMARIZE", verbs)).toBe("summarize");
    expect(didYouMean("jria", ["jira", "linear", "github"])).toBe("jira");
    expect(didYouMean("markdwn", ["json", "md", "markdown"])).toBe("markdown");
  });

  it("prefers, of equally near ones, the one the word begins", () => {
    expect(didYouMean("lane", ["stages", "lang", "lanes"])).toBe("lanes");
    expect(didYouMean("lanq", ["stages", "lang", "lanes"])).toBe("lang");
  });

  it("takes the only candidate a word of three letters or more starts", () => {
    expect(didYouMean("summ", verbs)).toBe("summarize");
    expect(didYouMean("git", ["github", "gh-script", "jira"])).toBe("github");
    expect(didYouMean("a", verbs)).toBeUndefined();
  });

  it("guesses nothing from too little or too far", () => {
    expect(didYouMean("se", ["en", "sv", "da"])).toBeUndefined();
    expect(didYouMean("fi", ["en", "sv", "da"])).toBeUndefined();
    expect(didYouMean("trello", ["jira", "linear", "asana", "azure", "github"])).toBeUndefined();
    expect(didYouMean("colour", ["stages", "lang", "lanes", "legend", "out"])).toBeUndefined();
  });
});
