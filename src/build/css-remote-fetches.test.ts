import { describe, expect, it } from "vitest";
import { cssRemoteFetches } from "./css-remote-fetches.ts";

describe("cssRemoteFetches", () => {
  it("finds web fonts, imports and images from other hosts", () => {
    const css = `@import url(https://fonts.test/css?family=Inter);
      @import 'http://cdn.test/reset.css';
      @font-face { src: url("//fonts.test/inter.woff2") format("woff2"); }
      .logo { background: URL( 'https://img.test/logo.png' ) }
      .hero { background-image: image-set("https://img.test/a.png" 1x, "b.png" 2x) }`;
    expect(cssRemoteFetches(css)).toEqual([
      { url: "https://fonts.test/css?family=Inter", context: "url()" },
      { url: "//fonts.test/inter.woff2", context: "url()" },
      { url: "https://img.test/logo.png", context: "url()" },
      { url: "http://cdn.test/reset.css", context: "@import" },
      { url: "https://img.test/a.png", context: "image-set()" },
    ]);
  });

  it("allows local files, data URLs, SVG namespaces in data URLs, and URLs in comments", () => {
    const css = `/*! license: see https://example.test/license */
      .a { background: url(./assets/a.png) }
      .b { background: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>") }
      .c { content: "https://example.test shown as text" }`;
    expect(cssRemoteFetches(css)).toEqual([]);
  });
});
