import type * as z from "zod/mini";
import { quoteValue } from "./quote-value";

/**
 * What is wrong with a value the command line handed to a schema, in the CLI's words: it quotes
 * the value and says what is allowed, where zod would say "Too big: expected string to have
 * <=500 characters". For `safeParse(value, { error: specProblem })`: messages a schema words
 * itself ("a journey needs at least one stage") still win.
 */
export function specProblem(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  const maximum = "maximum" in issue ? Number(issue.maximum) : undefined;
  const minimum = "minimum" in issue ? Number(issue.minimum) : undefined;
  if (typeof input === "string") {
    const length = [...input].length;
    if (issue.code === "too_big") {
      return `${quoteValue(input)} is ${length} characters long; at most ${maximum} fit`;
    }
    if (issue.code === "too_small") return `${quoteValue(input)} is too short; at least ${minimum}`;
    return `${quoteValue(input)} is not allowed here`;
  }
  if (Array.isArray(input)) {
    if (issue.code === "too_big") return `${input.length} given; at most ${maximum}`;
    if (issue.code === "too_small") return `${input.length} given; at least ${minimum}`;
  }
  return "not valid here";
}
