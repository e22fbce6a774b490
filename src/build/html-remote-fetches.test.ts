import { describe, expect, it } from "vitest";
import { htmlRemoteFetches, inlineScripts } from "./html-remote-fetches.ts";

describe("htmlRemoteFetches", () => {
  it("finds what a page would fetch from other hosts", () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="https://fonts.test/css?family=Inter">
      <link rel=icon href=//cdn.test/favicon.ico>
      <script src="https://cdn.test/lib.js"></script>
      <meta http-equiv="refresh" content="0; url=https://elsewhere.test/">
      <style>@font-face { src: url(https://fonts.test/a.woff2) }</style>
      </head><body>
      <img srcset="./a.png 1x, http://img.test/b.png 2x">
      <iframe src='https://embed.test/'></iframe>
      <div style="background: url(https://img.test/bg.png)"></div>
      <svg><use href="https://sprites.test/icons.svg#x"></use></svg>
      </body></html>`;
    expect(htmlRemoteFetches(html)).toEqual([
      { url: "https://fonts.test/css?family=Inter", context: "<link href>" },
      { url: "//cdn.test/favicon.ico", context: "<link href>" },
      { url: "https://cdn.test/lib.js", context: "<script src>" },
      { url: "https://elsewhere.test/", context: "<meta refresh>" },
      { url: "https://fonts.test/a.woff2", context: "url()" },
      { url: "http://img.test/b.png", context: "<img srcset>" },
      { url: "https://embed.test/", context: "<iframe src>" },
      { url: "https://img.test/bg.png", context: "url()" },
      { url: "https://sprites.test/icons.svg#x", context: "<use href>" },
    ]);
  });

  it("allows links people follow, SVG namespaces, comments, text and local files", () => {
    const html = `<!-- built from https://github.test/repo -->
      <link rel="stylesheet" href="./assets/panel.css">
      <script type="module" src="./assets/panel.js"></script>
      <a href="https://docs.test/help">https://docs.test/help</a>
      <form action="https://forms.test/"></form>
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"></svg>
      <p>See https://example.test for more.</p>
      <img src="data:image/png;base64,AAAA">`;
    expect(htmlRemoteFetches(html)).toEqual([]);
  });

  it("finds remote modules in an import map", () => {
    const html = `<script type="importmap">{"imports":{"preact":"https://esm.test/preact"}}</script>`;
    expect(htmlRemoteFetches(html)).toEqual([
      { url: "https://esm.test/preact", context: "<script importmap>" },
    ]);
  });
});

describe("inlineScripts", () => {
  it("returns classic and module inline code, not data blocks or external scripts", () => {
    const html = `<script>a()</script><script type="module">b()</script>
      <script type="application/json">{"u":"https://x.test"}</script><script src="c.js"></script>`;
    expect(inlineScripts(html)).toEqual(["a()", "b()"]);
  });
});
