import { didYouMean } from "./did-you-mean";
import { listOf } from "./parse-options";
import { VERBS } from "./verbs";

/** The long options a verb's help lists, as `--name`: what the help lists is what a verb takes. */
export function optionsInHelp(help: string): string[] {
  return [...help.matchAll(/^ +(?:-\w, )?(--[a-z][\w-]*)/gm)].map((match) => match[1] as string);
}

/**
 * The verbs whose help lists `option` (`--epics`), `verb` left out. Each verb's help is loaded to
 * find out, which costs only a mistyped command.
 */
export async function verbsWithOption(option: string, verb: string): Promise<string[]> {
  const found: string[] = [];
  for (const [name, entry] of Object.entries(VERBS)) {
    if (name !== verb && optionsInHelp((await entry.load()).help).includes(option)) {
      found.push(name);
    }
  }
  return found;
}

/**
 * The line for an option this verb's parser does not take: the one its help lists that it likely
 * meant (a verb may take an option before its shared options are parsed), else the verbs that
 * take it, else only a pointer to the verb's help.
 */
export async function unknownOptionMessage(option: string, verb: string): Promise<string> {
  const see = `(see: journey-mapper ${verb} --help)`;
  const own = VERBS[verb];
  const meant =
    own && option.startsWith("--")
      ? didYouMean(option, [...optionsInHelp((await own.load()).help), "--version"])
      : undefined;
  if (meant !== undefined && meant !== option) {
    return `unknown option ${option}; did you mean ${meant}? ${see}`;
  }
  const others = await verbsWithOption(option, verb);
  if (others.length === 0) return `unknown option ${option} ${see}`;
  const have = others.length === 1 ? "has" : "have";
  return `${verb} has no option ${option}; ${listOf(others, "and")} ${have} it ${see}`;
}
