import type * as z from "zod/mini";

/** The result of reading outside data: the value, or a message that names the bad field. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Keys of a path shown at each end of a deep one; the levels between are counted. */
const PATH_ENDS = 6;

/**
 * `data[3].position.x`, or `(top level)` for the file as a whole. A path some thousand levels
 * deep shows its first and last keys and how many lie between.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  const spelled = (keys: readonly PropertyKey[], first: boolean) =>
    keys
      .map((key, i) =>
        typeof key === "number" ? `[${key}]` : `${first && i === 0 ? "" : "."}${String(key)}`,
      )
      .join("");
  if (path.length <= PATH_ENDS * 3) return spelled(path, true);
  const hidden = path.length - PATH_ENDS * 2;
  return `${spelled(path.slice(0, PATH_ENDS), true)}…(${hidden} keys deeper)…${spelled(path.slice(-PATH_ENDS), false)}`;
}

/**
 * A schema's problem in plain words: `expected number, received string`, without the schema's
 * "Invalid input" that says nothing of what the field takes.
 */
export function issueText(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^Invalid input: /, "");
  if (message === "Invalid input") return "not a value this field takes";
  return message
    .replace(/^expected (.+), received undefined$/, "missing (expected $1)")
    .replace(/^Too small: expected string to have >=1 characters$/, "empty (expected a text)")
    .replace(/^Invalid option: expected one of (.+)$/, (_, options: string) => {
      return `not one of ${options.split("|").join(", ")}`;
    });
}

/** One line per problem (at most `max`), each starting with the path of the field. */
export function describeIssues(error: z.core.$ZodError, max = 3): string {
  const lines = error.issues
    .slice(0, max)
    .map((issue) => `${formatPath(issue.path)}: ${issueText(issue)}`);
  const more = error.issues.length - max;
  if (more > 0) lines.push(`... and ${more} more problem${more === 1 ? "" : "s"}`);
  return lines.join("\n");
}

/**
 * Reads outside JSON through a schema. Every file, legend and message the app did not make
 * itself comes in here, so a failure always says which field is wrong.
 */
export function parseOutside<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  what: string,
): Parsed<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: `${what} is not valid:\n${describeIssues(result.error)}` };
}
