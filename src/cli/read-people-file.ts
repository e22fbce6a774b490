import {
  PEOPLE_SCHEMA_VERSION,
  type People,
  PeopleFileSchema,
  peopleOf,
} from "../core/export/people";
import { formatPath } from "../core/model/parse-outside";
import { CliError } from "./cli-error";
import { printable, quoteValue } from "./quote-value";
import { readJsonFile, shownPath } from "./read-json-file";

const EXAMPLE = `{ "schemaVersion": ${PEOPLE_SCHEMA_VERSION}, "people": { "lina": { "email": "lina@example.com", "github": "lina-s", "linear": "Lina Svensson" } } }`;

/** What each field of a person takes, for a message that says what to write instead. */
const EXPECTED: Record<string, string> = {
  email: "an email address",
  github: "a GitHub login (letters, digits and single hyphens, at most 39)",
  linear: "the person's name or email in Linear",
};

/** The value at `path` in the data the user wrote, for quoting it back. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null)?.[key];
  return value;
}

function shown(value: unknown): string {
  if (typeof value === "string") return quoteValue(value);
  if (value === undefined) return "missing";
  // A number, array or object as written, cut short as any value a message repeats.
  return printable(JSON.stringify(value) ?? String(value));
}

/** One line about the first problem: where, what was written, what is allowed. */
function problem(data: unknown, issue: { code: string; path: PropertyKey[]; keys?: string[] }) {
  const where = formatPath(issue.path);
  const value = valueAt(data, issue.path);
  const field = String(issue.path.at(-1) ?? "");
  if (issue.code === "unrecognized_keys") {
    const keys = (issue.keys ?? []).map(quoteValue).join(", ");
    const allowed = issue.path.length === 0 ? "schemaVersion, people" : "email, github, linear";
    const at = issue.path.length === 0 ? "" : ` in ${where}`;
    return `unknown field ${keys}${at} (allowed: ${allowed})`;
  }
  if (issue.path[0] === "schemaVersion") {
    return `schemaVersion is ${shown(value)}; this version reads ${PEOPLE_SCHEMA_VERSION}`;
  }
  if (issue.path.length === 0) return `holds ${shown(data)}, not an object like ${EXAMPLE}`;
  if (issue.path[0] === "people" && issue.path.length === 1) {
    return `people is ${shown(value)}, not an object of handles like ${EXAMPLE}`;
  }
  if (issue.path.length === 2 && issue.code === "invalid_key") {
    return `${quoteValue(field)} is not a handle as the board writes one (@ and letters, digits, . _ -)`;
  }
  if (issue.path.length === 2)
    return `${where} is ${shown(value)}, not an object of email, github, linear`;
  return `${where} is ${shown(value)}, not ${EXPECTED[field] ?? "a text"}`;
}

/**
 * Reads a people file (`--people`): board handles to each tracker's identity. Any problem is
 * one line that names the field, quotes what is there and says what it takes.
 */
export async function readPeopleFile(path: string, cwd: string): Promise<People> {
  const data = await readJsonFile(path, cwd);
  const parsed = PeopleFileSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0] as Parameters<typeof problem>[1];
    throw new CliError(`${shownPath(path)}: ${problem(data, first)}`);
  }
  const result = peopleOf(parsed.data);
  if ("clash" in result) {
    const [a, b] = result.clash.map(quoteValue);
    throw new CliError(
      `${shownPath(path)}: ${a} and ${b} are one handle (case does not count); keep one`,
    );
  }
  return result.people;
}
