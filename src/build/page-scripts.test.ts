import { describe, expect, it } from "vitest";
import { pageScripts } from "./page-scripts.ts";

describe("pageScripts", () => {
  it("resolves relative and absolute script and modulepreload references in the output folder", () => {
    const html = `<script type="module" crossorigin src="./assets/panel-1.js?v=2"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-2.js">
      <link rel="stylesheet" href="./assets/panel.css">`;
    expect(pageScripts(html, "panel.html").files).toEqual([
      "assets/panel-1.js",
      "assets/shared-2.js",
    ]);
    expect(pageScripts(html, "sub/page.html").files[0]).toBe("sub/assets/panel-1.js");
  });

  it("keeps inline code and leaves out remote and data scripts", () => {
    const html = `<script>window.x = 1</script><script src="https://cdn.test/a.js"></script>
      <script src="data:text/javascript,1"></script><script src="//cdn.test/b.js"></script>`;
    expect(pageScripts(html, "index.html")).toEqual({ files: [], inline: ["window.x = 1"] });
  });
});
