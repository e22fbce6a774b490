import type * as z from "zod/mini";

/** The result of reading outside data: the value, or a message that names the bad field. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** `data[3].position.x`, or `(top level)` for the file as a whole. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** One line per problem (at most `max`), each starting with the path of the field. */
export function describeIssues(error: z.core.$ZodError, max = 3): string {
  const lines = error.issues
    .slice(0, max)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
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
