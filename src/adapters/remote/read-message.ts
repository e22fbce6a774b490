import type * as z from "zod/mini";
import { formatPath } from "../../core/model/parse-outside";
import { MESSAGE_TYPES } from "./port-messages";

/** Says why a message was refused, once per kind of message, so a flood stays one line. */
export type Refuse = (kind: string, reason: string) => void;

/** A refusal log for one end (`who`): console.warn, once per kind. */
export function refusalLog(who: string): Refuse {
  const told = new Set<string>();
  return (kind, reason) => {
    if (told.has(kind)) return;
    told.add(kind);
    console.warn(
      `journey-mapper ${who} refused a ${kind} message (${reason}); later ones stay quiet`,
    );
  };
}

/**
 * The first problem zod found, by path: `args[0][3].x: invalid_type (expected number)`. When no
 * option of a union fits, the problem of the option read furthest (its first problem deepest).
 */
export function describeRefusal(error: z.core.$ZodError): string {
  const issue = firstProblem(error.issues);
  if (!issue) return "unreadable";
  const expected = "expected" in issue ? ` (expected ${String(issue.expected)})` : "";
  return `${formatPath(issue.path)}: ${issue.code}${expected}`;
}

function firstProblem(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  const issue = issues[0];
  if (issue?.code !== "invalid_union") return issue;
  let furthest: z.core.$ZodIssue | undefined;
  for (const option of issue.errors) {
    const found = firstProblem(option);
    if (found && found.path.length > (furthest?.path.length ?? -1)) furthest = found;
  }
  return furthest ? { ...furthest, path: [...issue.path, ...furthest.path] } : issue;
}

function typeOf(message: unknown): string | null {
  if (typeof message !== "object" || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === "string" && type.startsWith("jm-") ? type : null;
}

type Reader = Record<string, z.ZodMiniType>;
type Read<R extends Reader> = { [K in keyof R]: z.output<R[K]> }[keyof R];

/**
 * Reads a message through the schemas of the messages this end takes (HOST_BOUND or
 * PANEL_BOUND). Null for anything not to act on: another sender's message (no `jm-` type) and
 * ours going the other way pass without a word; a malformed or unknown one of ours is refused,
 * and `refused` hears of it too (the host answers a request it could not read).
 */
export function readMessage<R extends Reader>(
  message: unknown,
  schemas: R,
  refuse: Refuse,
  refused?: (type: string, reason: string) => void,
): Read<R> | null {
  const type = typeOf(message);
  if (type === null) return null;
  const schema = schemas[type];
  const known = (MESSAGE_TYPES as readonly string[]).includes(type);
  if (!schema && known) return null;
  const read = schema?.safeParse(message);
  if (read?.success) return read.data as Read<R>;
  const reason = read ? describeRefusal(read.error) : "unknown message type";
  refuse(type, reason);
  refused?.(type, reason);
  return null;
}
