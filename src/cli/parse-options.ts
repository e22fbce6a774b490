import { type ParseArgsConfig, parseArgs } from "node:util";
import { usageError } from "./cli-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a verb's arguments, turning Node's long parse errors into one line that names the
 * option and points at the verb's help.
 */
export function parseOptions<O extends Options>(verb: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']+)'/.exec(text)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw usageError(`unknown option ${option} (see: journey-mapper ${verb} --help)`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw usageError(
        `option ${option.split(" ")[0]} needs a value (see: journey-mapper ${verb} --help)`,
      );
    }
    throw usageError(`${text} (see: journey-mapper ${verb} --help)`);
  }
}

/** A comma-separated list, trimmed, without empty entries. */
export function commaList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * The one of `allowed` that an option's value names, or a usage error that quotes the value and
 * lists the allowed ones. Every option with a fixed set of values goes through here.
 */
export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((name) => name === value);
  if (found !== undefined) return found;
  throw usageError(`${option}: "${value}" is not one of ${allowed.join(", ")}`);
}
