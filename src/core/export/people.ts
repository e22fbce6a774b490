import * as z from "zod/mini";
import type { Action } from "../actions/action-schema";
import type { Tracker } from "./tracker-priority";

export const PEOPLE_SCHEMA_VERSION = 1;

/** A board handle as written after @ (the @ itself may be written too). */
const HANDLE = /^@?[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
/** GitHub's rule for a login: letters, digits and single hyphens, at most 39 characters. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export const PersonSchema = z.strictObject({
  /** For Asana, Jira and Azure DevOps, which match assignees by email; Linear's fallback. */
  email: z.optional(z.email()),
  /** The GitHub login, for `assignees` and `gh issue create --assignee`. */
  github: z.optional(z.string().check(z.regex(GITHUB_LOGIN))),
  /** What Linear's importer matches: the person's Linear name (or email), case-insensitively. */
  linear: z.optional(z.string().check(z.minLength(1))),
});
export type Person = z.infer<typeof PersonSchema>;

/** `{ "schemaVersion": 1, "people": { "lina": { "email": ..., "github": ..., "linear": ... } } }` */
export const PeopleFileSchema = z.strictObject({
  schemaVersion: z.literal(PEOPLE_SCHEMA_VERSION),
  people: z.record(z.string().check(z.regex(HANDLE)), PersonSchema),
});
export type PeopleFile = z.infer<typeof PeopleFileSchema>;

/** Handles (lower case, without @) to the people they name. */
export type People = ReadonlyMap<string, Person>;

/** The key a handle is looked up by: `@Lina`, `lina` and `LINA` are one person. */
export function handleKey(handle: string): string {
  return handle.replace(/^@/, "").normalize("NFC").toLowerCase();
}

/**
 * The people of a parsed file, or the two handles that name one person in different case (a
 * file that says two things about one handle is refused rather than one of them dropped).
 */
export function peopleOf(file: PeopleFile): { people: People } | { clash: [string, string] } {
  const people = new Map<string, Person>();
  const written = new Map<string, string>();
  for (const [handle, person] of Object.entries(file.people)) {
    const key = handleKey(handle);
    const earlier = written.get(key);
    if (earlier !== undefined) return { clash: [earlier, handle] };
    written.set(key, handle);
    people.set(key, person);
  }
  return { people };
}

/** The identity a tracker assigns by: email for Asana, Jira and Azure; the login for GitHub. */
function identity(person: Person, tracker: Tracker): string | undefined {
  switch (tracker) {
    case "github":
      return person.github;
    case "linear":
      // Linear's importer matches the Assignee cell against emails, then names.
      return person.linear ?? person.email;
    default:
      return person.email;
  }
}

/** Whom the tracker should assign an action to, or null (no owner, no map, or not in it). */
export function assigneeOf(action: Action, people: People | undefined, tracker: Tracker) {
  if (!action.owner || !people) return null;
  const person = people.get(handleKey(action.owner));
  return (person && identity(person, tracker)) ?? null;
}

/** The owners (as written on the board) a map gives no identity for in this tracker, sorted. */
export function unassignedOwners(
  actions: readonly Action[],
  people: People,
  tracker: Tracker,
): string[] {
  const owners = actions
    .filter((action) => action.owner && assigneeOf(action, people, tracker) === null)
    .map((action) => action.owner as string);
  return [...new Set(owners)].sort();
}
