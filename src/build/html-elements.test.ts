import { describe, expect, it } from "vitest";
import { htmlElements } from "./html-elements.ts";

describe("htmlElements", () => {
  it("reads tag names and attributes in every quoting style", () => {
    const [link] = htmlElements(`<LINK Rel=stylesheet href="./a.css" crossorigin data-x='y'>`);
    expect(link?.name).toBe("link");
    expect(Object.fromEntries(link?.attributes ?? [])).toEqual({
      rel: "stylesheet",
      href: "./a.css",
      crossorigin: "",
      "data-x": "y",
    });
  });

  it("keeps script and style text as text, not as tags", () => {
    const elements = htmlElements(
      `<script type="module">const s = "<img src=x>";</script><style>a{color:red}</style><p>`,
    );
    expect(elements.map((element) => element.name)).toEqual(["script", "style", "p"]);
    expect(elements[0]?.text).toBe(`const s = "<img src=x>";`);
    expect(elements[1]?.text).toBe("a{color:red}");
  });

  it("drops comments", () => {
    expect(htmlElements(`<!-- <img src="https://x.test/a.png"> --><b>`).map((e) => e.name)).toEqual(
      ["b"],
    );
  });
});
