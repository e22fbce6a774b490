import { NAMED_ENTITIES } from "./named-entities";

let named: Map<string, string> | null = null;

/** The table, read on first use. */
function namedTable(): Map<string, string> {
  named ??= new Map(
    NAMED_ENTITIES.split(",").map((entry) => {
      const [name = "", code = ""] = entry.split(":");
      return [name, String.fromCodePoint(Number.parseInt(code, 36))];
    }),
  );
  return named;
}

/**
 * What HTML makes of numeric references to the C1 controls 0x80-0x9F: the Windows-1252
 * characters that old editors meant by them (`&#150;` is an en dash).
 */
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80] ?? "\uFFFD";
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,9}));?/g;

/**
 * Resolves character references in HTML text as a browser does: numeric ones (decimal or hex,
 * the semicolon optional), and the named ones of HTML 4 with their semicolon. A name outside
 * that set stays as written, so nothing a person typed is lost.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    if (!whole.endsWith(";") || name === undefined) return whole;
    return namedTable().get(name) ?? whole;
  });
}
