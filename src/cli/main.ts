import { CliError, usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { didYouMean } from "./did-you-mean";
import { unknownOptionMessage } from "./other-verbs";
import { UnknownOption } from "./parse-options";
import { printable, quoteValue, screenSafe } from "./quote-value";
import { VERB_ALIASES, VERBS } from "./verbs";
import { VERSION } from "./version";

export const MAIN_HELP = `Usage: journey-mapper <verb> [options]

Customer journey workshops on Miro and FigJam boards, offline on exported board files.

Verbs:
${Object.entries(VERBS)
  .map(([name, verb]) => `  ${name.padEnd(10)} ${verb.summary}`)
  .join("\n")}

Run \`journey-mapper <verb> --help\` for a verb's options, \`journey-mapper --version\` for the version.
`;

/** What asks for the version: first of all, or among a verb's options. */
const VERSION_FLAGS = new Set(["--version", "-V"]);

/**
 * Runs the CLI and returns the exit code. Nothing escapes as a stack trace: a user's mistake is
 * one line on standard error; an unexpected failure says so and how to report it.
 */
export async function main(args: string[], given: CliIo): Promise<number> {
  // Whatever a board's notes or a file's name hold, nothing reaches a screen raw: standard error
  // never carries a control character but line ends; standard output not when it is a terminal
  // (a file or a pipe gets the data as it is).
  const io: CliIo = {
    ...given,
    stderr: (text) => given.stderr(screenSafe(text)),
    ...(given.terminal ? { stdout: (text: string) => given.stdout(screenSafe(text)) } : {}),
  };
  const [first, ...rest] = args;
  try {
    if (first === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    // A verb's --version prints the version too, as most tools do, without loading the verb.
    const options = rest.indexOf("--") < 0 ? rest : rest.slice(0, rest.indexOf("--"));
    if (first === "-v" || first === "version" || [first, ...options].some(isVersionFlag)) {
      io.stdout(`journey-mapper ${VERSION}\n`);
      return 0;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const name = rest[0] === undefined ? undefined : (VERB_ALIASES[rest[0]] ?? rest[0]);
      const entry = name === undefined ? undefined : VERBS[name];
      if (name !== undefined && !entry) throw unknownVerb(name);
      io.stdout(entry ? (await entry.load()).help : MAIN_HELP);
      return 0;
    }
    const verb = VERB_ALIASES[first] ?? first;
    const entry = VERBS[verb];
    if (!entry) throw unknownVerb(first);
    // zod's English messages load with a verb: --help and --version start without zod.
    (await import("./english-messages")).useEnglishMessages();
    const { run } = await entry.load();
    try {
      return await run(rest, io);
    } catch (error) {
      if (!(error instanceof UnknownOption)) throw error;
      throw usageError(await unknownOptionMessage(error.option, error.verb));
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`journey-mapper: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `journey-mapper: unexpected failure: ${detail}\nPlease report it with the command you ran.\n`,
    );
    return 1;
  }
}

function isVersionFlag(arg: string): boolean {
  return VERSION_FLAGS.has(arg);
}

/** A first word that is no verb: what it likely meant, else the verbs there are. */
function unknownVerb(word: string): CliError {
  const verbs = Object.keys(VERBS);
  if (word.startsWith("-")) {
    const meant = didYouMean(word.replace(/^-+/, ""), ["help", "version"]);
    if (meant !== undefined)
      return usageError(`unknown option ${printable(word)}; did you mean --${meant}?`);
    return usageError(
      `the verb comes first, then its options: journey-mapper <verb> ${printable(word)} (verbs: ${verbs.join(", ")})`,
    );
  }
  const meant = didYouMean(word, [...verbs, ...Object.keys(VERB_ALIASES)]);
  if (meant !== undefined) {
    return usageError(
      `unknown verb ${quoteValue(word)}; did you mean "${VERB_ALIASES[meant] ?? meant}"?`,
    );
  }
  const file = /[./\\]/.test(word)
    ? `; a board file comes after the verb: journey-mapper analyze ${printable(word)}`
    : "";
  return usageError(`unknown verb ${quoteValue(word)} (verbs: ${verbs.join(", ")})${file}`);
}
