import { listOf } from "./parse-options";
import { VERBS } from "./verbs";

/**
 * The verbs whose help lists `option` (`--epics`), `verb` left out. Each verb's help is loaded to
 * find out, which costs only a mistyped command: what the help lists is what a verb takes.
 */
export async function verbsWithOption(option: string, verb: string): Promise<string[]> {
  const escaped = option.replace(/[^\w-]/g, "\\$&");
  const listed = new RegExp(`^ +(?:-\\w, )?${escaped}(?![\\w-])`, "m");
  const found: string[] = [];
  for (const [name, entry] of Object.entries(VERBS)) {
    if (name !== verb && listed.test((await entry.load()).help)) found.push(name);
  }
  return found;
}

/** The line for an option this verb does not take, naming the verbs that do, if any. */
export async function unknownOptionMessage(option: string, verb: string): Promise<string> {
  const others = await verbsWithOption(option, verb);
  const see = `(see: journey-mapper ${verb} --help)`;
  if (others.length === 0) return `unknown option ${option} ${see}`;
  const have = others.length === 1 ? "has" : "have";
  return `${verb} has no option ${option}; ${listOf(others, "and")} ${have} it ${see}`;
}
