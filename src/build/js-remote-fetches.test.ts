import { describe, expect, it } from "vitest";
import { jsRemoteFetches } from "./js-remote-fetches.ts";

const urls = (code: string) =>
  jsRemoteFetches(code).map((found) => `${found.context} ${found.url}`);

describe("jsRemoteFetches", () => {
  it("finds fetches, beacons and XHR to other hosts, also when the address is built", () => {
    const code = `fetch("https://api.test/a");
      window.fetch(\`https://api.test/\${id}\`);
      fetch(("http://api.test/" + id), { method: "POST" });
      fetch(new URL("/b", "https://api.test"));
      navigator.sendBeacon(debug ? "https://log.test" : "/log", data);
      xhr.open("GET", "//api.test/c");
      fetch("./local.json"); xhr.open("GET", "/d"); win.open("https://docs.test/help");`;
    expect(urls(code)).toEqual([
      "fetch() https://api.test/a",
      "fetch() https://api.test/",
      "fetch() http://api.test/",
      "fetch() https://api.test",
      "sendBeacon() https://log.test",
      "XMLHttpRequest open() //api.test/c",
    ]);
  });

  it("finds remote modules, workers and sockets", () => {
    const code = `import x from "https://esm.test/x.js"; export * from "https://esm.test/y.js";
      const m = await import("https://esm.test/z.js");
      new Worker("https://cdn.test/w.js"); new WebSocket("wss://live.test/");
      new Worker(new URL("./worker.js", import.meta.url));`;
    expect(urls(code)).toEqual([
      "import https://esm.test/x.js",
      "export from https://esm.test/y.js",
      "import() https://esm.test/z.js",
      "new Worker() https://cdn.test/w.js",
      "new WebSocket() wss://live.test/",
    ]);
  });

  it("finds addresses set on elements, as props, in markup strings and in CSS strings", () => {
    const code = `img.src = "https://img.test/a.png"; link.setAttribute("href", "https://fonts.test/css");
      h("link", { rel: "stylesheet", href: "https://fonts.test/inter.css" });
      jsx("img", { src: "//img.test/b.png", alt: "" });
      el.innerHTML = '<img src="https://img.test/c.png">';
      style.textContent = "@import url(https://fonts.test/d.css);";
      el.innerHTML = \`<video poster="https://img.test/\${name}.png"></video>\`;`;
    expect(urls(code)).toEqual([
      ".src = https://img.test/a.png",
      "setAttribute() https://fonts.test/css",
      "<link href> https://fonts.test/inter.css",
      "src: //img.test/b.png",
      "<img src> https://img.test/c.png",
      "url() https://fonts.test/d.css",
      "<video poster> https://img.test/_.png",
    ]);
  });

  it("allows namespaces, comments, license text, links and URLs shown as text", () => {
    const code = `/*! preact | MIT | https://preactjs.test/license */
      // see https://example.test/why
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttributeNS("http://www.w3.org/1999/xlink", "title", "x");
      const help = "Read more at https://docs.test/help";
      jsx("a", { href: "https://docs.test/help", children: "Help" });
      el.innerHTML = '<a href="https://docs.test/">docs</a>';
      const issue = \`Report it at https://github.test/issues\`;
      window.parent.postMessage(message, "https://miro.test");`;
    expect(urls(code)).toEqual([]);
  });

  it("fails loudly, not silently, on code it cannot read", () => {
    expect(jsRemoteFetches("fetch(")[0]?.context).toMatch(/^unreadable JavaScript/);
  });
});
