import { EMPTY_HEADER, type WorkshopHeader } from "../model/workshop-header";

type Field = "goal" | "scope" | "persona" | "participants";

const FIELD_WORDS: Record<Field, readonly string[]> = {
  goal: ["goal", "purpose", "mål", "syfte", "formål"],
  scope: ["scope", "avgränsning", "afgrænsning", "omfang"],
  persona: ["persona", "customer", "kund", "kunde"],
  participants: ["participants", "team", "deltagare", "deltagere"],
};
/** "from the need to the first service", in each language. */
const SCOPE_RANGE = /^(?:from|från|fra)\s+(.+?)\s+(?:to|till|til)\s+(.+)$/i;
const UNSET = new Set(["", "…", "...", "-", "—"]);

/**
 * Reads the workshop header from the text of a header card: lines such as "Goal: …",
 * "Avgränsning: från … till …", "Deltagere: …". Returns null unless at least two fields are there.
 */
export function readWorkshopHeader(text: string, title: string | null): WorkshopHeader | null {
  const header: WorkshopHeader = { ...EMPTY_HEADER, title, participants: [] };
  let found = 0;
  for (const line of text.split("\n")) {
    const match = /^\s*([^:]{2,20}):\s*(.*)$/.exec(line);
    if (!match) continue;
    const word = (match[1] ?? "").trim().toLowerCase();
    const value = (match[2] ?? "").trim();
    const field = (Object.keys(FIELD_WORDS) as Field[]).find((f) => FIELD_WORDS[f].includes(word));
    if (!field) continue;
    found++;
    if (UNSET.has(value)) continue;
    if (field === "participants") {
      header.participants = value
        .split(",")
        .map((p) => p.trim())
        .filter((p) => !UNSET.has(p));
    } else if (field === "scope") {
      const range = SCOPE_RANGE.exec(value);
      header.scopeStart = range ? clean(range[1]) : value;
      header.scopeEnd = range ? clean(range[2]) : null;
    } else {
      header[field] = value;
    }
  }
  return found >= 2 ? header : null;
}

function clean(value: string | undefined): string | null {
  const text = (value ?? "").trim();
  return UNSET.has(text) ? null : text;
}
