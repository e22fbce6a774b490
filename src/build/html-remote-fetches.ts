import { cssRemoteFetches } from "./css-remote-fetches.ts";
import { type HtmlElement, htmlElements } from "./html-elements.ts";
import { type RemoteFetch, remoteFetches } from "./remote-fetch.ts";

/** Attributes whose address the browser fetches (or, for `ping`, posts to) on any element. */
const FETCHED = ["src", "poster", "background", "ping", "lowsrc", "dynsrc"];
/** Elements whose `href` is fetched: style sheets, preloads, icons, SVG references; not `<a>`. */
const HREF_FETCHED = new Set(["link", "base", "use", "image", "script", "feimage"]);
const SRCSET = ["srcset", "imagesrcset"];
const REFRESH_URL = /url\s*=\s*['"]?([^'";]+)/i;

/**
 * The remote addresses a page's markup would fetch, from attributes, style sheets, `style`
 * attributes and a refresh `<meta>`. Links a person follows (`<a href>`, form actions) are not
 * fetches; comments are not read. Inline scripts are the JavaScript checker's, see
 * {@link inlineScripts}.
 */
export function htmlRemoteFetches(html: string): RemoteFetch[] {
  return htmlElements(html).flatMap(elementFetches);
}

/** The code of a page's inline JavaScript (classic and module scripts without `src`). */
export function inlineScripts(html: string): string[] {
  return htmlElements(html)
    .filter((element) => element.name === "script" && !element.attributes.has("src"))
    .filter((element) =>
      /^(|text\/javascript|module|application\/javascript)$/i.test(typeOf(element)),
    )
    .map((element) => element.text);
}

function elementFetches(element: HtmlElement): RemoteFetch[] {
  const { name, attributes } = element;
  const found: RemoteFetch[] = [];
  const attribute = (key: string) => attributes.get(key);
  for (const key of FETCHED) found.push(...remoteFetches(list(attribute(key)), `<${name} ${key}>`));
  for (const key of SRCSET)
    found.push(...remoteFetches(srcset(attribute(key)), `<${name} ${key}>`));
  if (HREF_FETCHED.has(name)) {
    for (const key of ["href", "xlink:href"]) {
      found.push(...remoteFetches(list(attribute(key)), `<${name} ${key}>`));
    }
  }
  if (name === "object") found.push(...remoteFetches(list(attribute("data")), "<object data>"));
  if (name === "meta" && attribute("http-equiv")?.toLowerCase() === "refresh") {
    const url = REFRESH_URL.exec(attribute("content") ?? "")?.[1];
    found.push(...remoteFetches(list(url), "<meta refresh>"));
  }
  if (name === "script" && typeOf(element) === "importmap") {
    found.push(...remoteFetches(importMapUrls(element.text), "<script importmap>"));
  }
  const styles = [attribute("style") ?? "", name === "style" ? element.text : ""];
  for (const css of styles) found.push(...cssRemoteFetches(css));
  return found;
}

function typeOf(element: HtmlElement): string {
  return (element.attributes.get("type") ?? "").trim().toLowerCase();
}

function list(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

function srcset(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "");
}

function importMapUrls(json: string): string[] {
  return [...json.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? "");
}
