import { describe, expect, it } from "vitest";
import { htmlToText, textToHtml } from "./html-to-text";

describe("htmlToText", () => {
  it("turns paragraphs and breaks into lines", () => {
    expect(htmlToText("<p>Lång väntetid</p><p>i kassan</p>")).toBe("Lång väntetid\ni kassan");
    expect(htmlToText("Ring<br>kundtjänst<br/>igen")).toBe("Ring\nkundtjänst\nigen");
    expect(htmlToText("<p>a</p>b")).toBe("a\nb");
    expect(htmlToText("<h1>Titel</h1>text")).toBe("Titel\ntext");
    expect(htmlToText("<p>a</p>\n<p>b</p>")).toBe("a\nb");
  });

  it("resolves named and numeric entities", () => {
    expect(htmlToText("<p>Pris &amp; villkor &lt;3 &quot;ok&quot; &#39;x&#39; &#x1F621;</p>")).toBe(
      "Pris & villkor <3 \"ok\" 'x' 😡",
    );
    expect(htmlToText("Bl&aring;b&aelig;r&nbsp;og&nbsp;&oslash;l")).toBe("Blåbær og øl");
  });

  it("drops formatting tags and tidies spacing", () => {
    expect(htmlToText("<p><strong>Köp</strong>   <em>online</em> </p>")).toBe("Köp online");
    expect(htmlToText("")).toBe("");
  });

  it("round-trips text through board HTML", () => {
    const text = 'A & B <tag> "quoted"\nSecond line: ÆØÅ åäö';
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});
