/** Where a JSON text first goes wrong: its offset and what was expected there. */
export interface JsonErrorPlace {
  at: number;
  problem: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX4 = /[0-9a-fA-F]{4}/y;

type Expect =
  | "value"
  | "value-or-close"
  | "key"
  | "key-or-close"
  | "colon"
  | "comma-or-close"
  | "end";

/** The offset just past the string that starts at `start`, or where and why it is broken. */
function stringEnd(text: string, start: number): number | JsonErrorPlace {
  let i = start + 1;
  for (;;) {
    const code = text.charCodeAt(i);
    if (Number.isNaN(code)) return { at: start, problem: "a text in quotes is never closed" };
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { at: i, problem: "a control character inside a text in quotes" };
    if (code === 0x5c) {
      const next = text[i + 1] ?? "";
      if (next === "u") {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { at: i, problem: "a \\u escape without four hex digits" };
        i += 6;
      } else if (ESCAPES.has(next)) i += 2;
      else return { at: i, problem: "an unknown escape after a backslash" };
    } else i++;
  }
}

/**
 * Where JSON.parse failed, found again by a scan of the text (its own message quotes the raw
 * text, and says no place for some errors). Walks nesting with a stack, not recursion, so a
 * file nested a million deep is scanned too. Null when the text is valid JSON.
 */
export function jsonErrorPlace(text: string): JsonErrorPlace | null {
  const open: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  const afterValue = (): Expect => (open.length === 0 ? "end" : "comma-or-close");
  for (;;) {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
    const c = text[i];
    if (c === undefined) {
      return expect === "end" ? null : { at: i, problem: "the file ends before the JSON does" };
    }
    if (expect === "end") return { at: i, problem: "more follows the end of the JSON" };
    if (expect === "colon") {
      if (c !== ":") return { at: i, problem: "a ':' was expected after the name" };
      expect = "value";
      i++;
    } else if (expect === "comma-or-close") {
      const closer = open[open.length - 1] === "{" ? "}" : "]";
      if (c === ",") expect = closer === "}" ? "key" : "value";
      else if (c === closer) {
        open.pop();
        expect = afterValue();
      } else return { at: i, problem: `a ',' or '${closer}' was expected` };
      i++;
    } else if (expect === "key" || expect === "key-or-close") {
      if (c === "}" && expect === "key-or-close") {
        open.pop();
        expect = afterValue();
        i++;
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "colon";
      } else return { at: i, problem: "a name in double quotes was expected" };
    } else if (c === "]" && expect === "value-or-close") {
      open.pop();
      expect = afterValue();
      i++;
    } else if (c === "{" || c === "[") {
      open.push(c);
      expect = c === "{" ? "key-or-close" : "value-or-close";
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== "number") return end;
      i = end;
      expect = afterValue();
    } else {
      NUMBER.lastIndex = i;
      const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
      if (word) i += word.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return { at: i, problem: "a value was expected" };
      expect = afterValue();
    }
  }
}

/** The 1-based line and column of an offset in a text. */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}
