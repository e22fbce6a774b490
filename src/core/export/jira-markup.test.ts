import { describe, expect, it } from "vitest";
import { jiraText } from "./jira-markup";

describe("jiraText", () => {
  it("puts a backslash before each character Jira's renderer would read as markup", () => {
    expect(
      jiraText(
        "*bold* _it_ -del- +ins+ ^sup^ ~sub~ ??cite?? {code} [link] |cell| !img! (y) 50% @me #1",
      ),
    ).toBe(
      "\\*bold\\* \\_it\\_ \\-del\\- \\+ins\\+ \\^sup\\^ \\~sub\\~ \\?\\?cite\\?\\? \\{code\\} \\[link\\] \\|cell\\| \\!img\\! \\(y\\) 50\\% \\@me \\#1",
    );
  });

  it("writes a backslash and an entity-like & as entities, which Jira shows as the characters", () => {
    expect(jiraText("C:\\temp\\*")).toBe("C:&#92;temp&#92;\\*");
    // Rendered: "AT&T &amp; &#169;", as written.
    expect(jiraText("AT&T &amp; &#169;")).toBe("AT&T &amp;amp; &amp;\\#169;");
  });

  it("breaks headings and quotes at a line's start, and the :P :D emoticons", () => {
    expect(jiraText("h1. Rubrik\n  bq. citat\nh1.x h7. text")).toBe(
      "h1&#46; Rubrik\n  bq&#46; citat\nh1.x h7. text",
    );
    expect(jiraText("kul :P och ;D men :Pelle")).toBe("kul &#58;P och &#59;D men :Pelle");
  });

  it("leaves plain text, line breaks and letters of every language as they are", () => {
    expect(jiraText("Fas: Köp\nÄgare: søren 😡")).toBe("Fas: Köp\nÄgare: søren 😡");
  });
});
