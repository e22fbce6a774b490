/** One start tag of an HTML page, with the raw text of `<script>` and `<style>` elements. */
export interface HtmlElement {
  /** Lower-case tag name. */
  name: string;
  /** Attributes by lower-case name; an attribute without a value maps to "". */
  attributes: ReadonlyMap<string, string>;
  /** The text inside `<script>` and `<style>`; "" for every other element. */
  text: string;
}

const COMMENT = /<!--[\s\S]*?-->/g;
const START_TAG =
  /<([a-zA-Z][\w:.-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(["script", "style"]);

/**
 * The start tags of a built page, read well enough for checks on our own build output (not a
 * full HTML parser): comments are dropped, and script and style text is never read as tags.
 */
export function htmlElements(html: string): HtmlElement[] {
  const source = html.replace(COMMENT, "");
  const elements: HtmlElement[] = [];
  START_TAG.lastIndex = 0;
  for (let tag = START_TAG.exec(source); tag !== null; tag = START_TAG.exec(source)) {
    const name = (tag[1] ?? "").toLowerCase();
    let text = "";
    if (RAW_TEXT.has(name) && !tag[0].endsWith("/>")) {
      const end = source.toLowerCase().indexOf(`</${name}`, START_TAG.lastIndex);
      const stop = end === -1 ? source.length : end;
      text = source.slice(START_TAG.lastIndex, stop);
      START_TAG.lastIndex = stop;
    }
    elements.push({ name, attributes: attributesOf(tag[2] ?? ""), text });
  }
  return elements;
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}
