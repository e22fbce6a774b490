import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError, usageError } from "./cli-error";
import { didYouMean } from "./did-you-mean";
import { printable, quoteValue } from "./quote-value";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * An option no spelling of this verb's options comes near. The command line as a whole may still
 * know it (another verb's option), which only the caller can look up without loading every verb.
 */
export class UnknownOption extends CliError {
  constructor(
    readonly verb: string,
    /** The option as typed, printable: `--epics`. */
    readonly option: string,
  ) {
    super(`unknown option ${option} (see: journey-mapper ${verb} --help)`, 2);
  }
}

/**
 * Parses a verb's arguments, turning Node's long parse errors into one line that names the
 * option and points at the verb's help: a mistyped option gets the one it likely meant, and an
 * option that takes one value is refused when given twice or given empty (Node would keep the
 * last, or the empty string, without a word).
 */
export function parseOptions<O extends Options>(verb: string, args: string[], options: O) {
  const see = `(see: journey-mapper ${verb} --help)`;
  const parse = () =>
    parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text = error instanceof Error ? error.message : String(error);
    const option = printable(/'(-[^']*)'/.exec(text)?.[1] ?? "");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const meant = option.startsWith("--")
        ? didYouMean(option.slice(2), [...Object.keys(options), "version"])
        : undefined;
      if (meant !== undefined)
        throw usageError(`unknown option ${option}; did you mean --${meant}? ${see}`);
      throw new UnknownOption(verb, option);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const name = option.split(" ")[0];
      if (text.includes("does not take an argument")) {
        throw usageError(`option ${name} takes no value ${see}`);
      }
      throw usageError(`option ${name} needs a value ${see}`);
    }
    throw usageError(`${printable(text.split("\n")[0] ?? "")} ${see}`);
  }
  const given = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const name = `--${token.name}`;
    if (token.value === "") throw usageError(`option ${name} needs a value, not "" ${see}`);
    const earlier = given.get(name);
    if (earlier !== undefined && options[token.name]?.multiple !== true) {
      throw usageError(
        `option ${name} is given more than once (${quoteValue(earlier)}, then ${quoteValue(token.value)}); give it once ${see}`,
      );
    }
    given.set(name, token.value);
  }
  return parsed;
}

/** A comma-separated list, trimmed, without empty entries. */
export function commaList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** How `choice` speaks of an option's values. */
export interface ChoiceWords<T extends string> {
  /** What one value is called, for "is not a language". */
  noun?: string;
  /** Other spellings people type, lower case, each naming one allowed value. */
  aliases?: Readonly<Record<string, T>>;
}

/**
 * The one of `allowed` that an option's value names, in any case or by one of its aliases, or a
 * usage error that quotes the value and says what it likely meant, else lists the allowed ones.
 * Every option with a fixed set of values goes through here.
 */
export function choice<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[],
  words: ChoiceWords<T> = {},
): T {
  const typed = value.trim().toLowerCase();
  const found = allowed.find((name) => name.toLowerCase() === typed);
  if (found !== undefined) return found;
  const aliases = words.aliases ?? {};
  if (Object.hasOwn(aliases, typed)) return aliases[typed] as T;
  const noun =
    words.noun === undefined
      ? "valid"
      : `${/^[aeiou]/.test(words.noun) ? "an" : "a"} ${words.noun}`;
  const what = `${option}: ${quoteValue(value)} is not ${noun}`;
  const meant = didYouMean(typed, [...allowed, ...Object.keys(aliases)]);
  if (meant !== undefined) throw usageError(`${what}; did you mean "${meant}"?`);
  throw usageError(`${what}; use ${listOf(allowed)}`);
}

/** `a, b or c` (or `a, b and c`). */
export function listOf(names: readonly string[], conjunction: "or" | "and" = "or"): string {
  return names.length < 2
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}
