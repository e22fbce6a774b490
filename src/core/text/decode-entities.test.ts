import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { decodeEntities } from "./decode-entities";
import { NAMED_ENTITIES } from "./named-entities";

const NAMES = NAMED_ENTITIES.split(",").map((entry) => entry.split(":")[0] ?? "");

describe("decodeEntities", () => {
  it("resolves every name of its table as the HTML standard's table does (the entities package)", () => {
    expect(NAMES).toHaveLength(253);
    for (const name of NAMES) expect(decodeEntities(`&${name};`)).toBe(decodeHTML(`&${name};`));
  });

  it("reads the references board HTML holds", () => {
    expect(decodeEntities("Tom &amp; Jerry &lt;3 &quot;ok&quot; &#39;a&#39;&nbsp;b")).toBe(
      "Tom & Jerry <3 \"ok\" 'a'\u00A0b",
    );
    expect(decodeEntities("Fl&aring;ng &auml;r &oslash;de &AElig;bler")).toBe(
      "Fl\u00E5ng \u00E4r \u00F8de \u00C6bler",
    );
  });

  it("reads numeric references, decimal and hex, with or without the semicolon", () => {
    for (const text of ["&#229;", "&#xE5;", "&#XE5;", "&#229", "&#128512;", "&#x1F600;"]) {
      expect(decodeEntities(text)).toBe(decodeHTML(text));
    }
  });

  it("reads what the standard says of broken numbers: C1 controls as Windows-1252, others as U+FFFD", () => {
    for (const text of ["&#150;", "&#x80;", "&#0;", "&#xD800;", "&#1114112;", "&#x9D;"]) {
      expect(decodeEntities(text)).toBe(decodeHTML(text));
    }
  });

  it("keeps what is not a reference, and a name it does not know, as written", () => {
    expect(decodeEntities("R&D, AT&T, 5 & 6, &;, &#;")).toBe("R&D, AT&T, 5 & 6, &;, &#;");
    expect(decodeEntities("&bogus; &amp")).toBe("&bogus; &amp");
  });
});
