import { type ESTree, parseSync, Visitor } from "vite";
import { cssRemoteFetches } from "./css-remote-fetches.ts";
import { htmlRemoteFetches } from "./html-remote-fetches.ts";
import { calleeName, leadingStrings } from "./leading-strings.ts";
import { type RemoteFetch, remoteFetches } from "./remote-fetch.ts";

/** Calls whose first argument is fetched. */
const FETCHING_CALLS = new Set(["fetch", "sendBeacon", "importScripts", "preload"]);
/** Constructors whose first argument is fetched or connected to. */
const FETCHING_NEW = new Set([
  "Worker",
  "SharedWorker",
  "EventSource",
  "WebSocket",
  "Image",
  "Audio",
]);
/** Properties and attributes whose address an element fetches when set. */
const FETCHED_PROPERTIES = new Set(["src", "srcset", "poster", "href", "data", "xlink:href"]);
/** Props that are fetched on any element; `href` only on the elements in {@link HREF_ELEMENTS}. */
const FETCHED_PROPS = new Set(["src", "srcset", "poster"]);
const HREF_ELEMENTS = new Set(["link", "base", "use", "image", "script"]);
const HTTP_METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;

/**
 * The remote addresses a script would fetch, read from its syntax tree so that comments, license
 * text and strings shown as text do not count: `fetch`/`sendBeacon`/XHR `open`, `import`,
 * workers and sockets, `src`/`href` set on elements or passed as element props, and markup or
 * CSS written in strings. An address kept in a variable first is not followed.
 */
export function jsRemoteFetches(code: string, fileName = "file.js"): RemoteFetch[] {
  const parsed = parseSync(fileName, code, { sourceType: "module", lang: "js" });
  const error = parsed.errors[0];
  if (error !== undefined) {
    return [{ url: "", context: `unreadable JavaScript (${error.message}): checked nothing` }];
  }
  const found: RemoteFetch[] = [];
  const add = (node: Parameters<typeof leadingStrings>[0], context: string) =>
    found.push(...remoteFetches(leadingStrings(node), context));
  new Visitor({
    ImportDeclaration: (node) => add(node.source, "import"),
    ExportAllDeclaration: (node) => add(node.source, "export from"),
    ExportNamedDeclaration: (node) => add(node.source, "export from"),
    ImportExpression: (node) => add(node.source, "import()"),
    CallExpression: (node) => {
      const name = calleeName(node.callee);
      const [first, second] = node.arguments;
      if (name === undefined) return;
      if (FETCHING_CALLS.has(name)) add(first, `${name}()`);
      if (name === "open" && leadingStrings(first).some((s) => HTTP_METHOD.test(s))) {
        add(second, "XMLHttpRequest open()");
      }
      if (name === "setAttribute" && leadingStrings(first).some((s) => FETCHED_PROPERTIES.has(s))) {
        add(second, "setAttribute()");
      }
      const tag = leadingStrings(first)[0]?.toLowerCase();
      if (tag !== undefined && second?.type === "ObjectExpression" && HREF_ELEMENTS.has(tag)) {
        for (const prop of second.properties) {
          if (prop.type === "Property" && keyName(prop) === "href")
            add(prop.value, `<${tag} href>`);
        }
      }
    },
    NewExpression: (node) => {
      const name = calleeName(node.callee);
      if (name !== undefined && FETCHING_NEW.has(name)) add(node.arguments[0], `new ${name}()`);
    },
    AssignmentExpression: (node) => {
      if (node.left.type !== "MemberExpression" || node.left.property.type !== "Identifier") return;
      const name = node.left.property.name;
      if (FETCHED_PROPERTIES.has(name)) add(node.right, `.${name} =`);
    },
    Property: (node) => {
      const name = keyName(node);
      if (name !== undefined && FETCHED_PROPS.has(name)) add(node.value, `${name}:`);
    },
    Literal: (node) => {
      if (typeof node.value === "string") found.push(...markupFetches(node.value));
    },
    TemplateLiteral: (node) => {
      found.push(...markupFetches(node.quasis.map((q) => q.value.cooked ?? "").join("_")));
    },
  }).visit(parsed.program);
  return found;
}

function keyName(property: { key: ESTree.PropertyKey }): string | undefined {
  const key = property.key;
  if (key.type === "Identifier") return key.name;
  if (key.type === "Literal" && typeof key.value === "string") return key.value;
  return undefined;
}

/** Markup and style sheets written into strings (for innerHTML, style elements, CSS-in-JS). */
function markupFetches(text: string): RemoteFetch[] {
  const found: RemoteFetch[] = [];
  if (text.includes("<")) found.push(...htmlRemoteFetches(text));
  else if (/url\(|@import|image-set\(/i.test(text)) found.push(...cssRemoteFetches(text));
  return found;
}
