import { CliError, usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { useEnglishMessages } from "./english-messages";
import { VERBS } from "./verbs";
import { VERSION } from "./version";

export const MAIN_HELP = `Usage: journey-mapper <verb> [options]

Customer journey workshops on Miro and FigJam boards, offline on exported board files.

Verbs:
${Object.entries(VERBS)
  .map(([name, verb]) => `  ${name.padEnd(10)} ${verb.summary}`)
  .join("\n")}

Run \`journey-mapper <verb> --help\` for a verb's options, \`journey-mapper --version\` for the version.
`;

/**
 * Runs the CLI and returns the exit code. Nothing escapes as a stack trace: a user's mistake is
 * one line on standard error; an unexpected failure says so and how to report it.
 */
export async function main(args: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  try {
    if (verb === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    if (verb === "--version" || verb === "-v" || verb === "version") {
      io.stdout(`journey-mapper ${VERSION}\n`);
      return 0;
    }
    if (verb === "--help" || verb === "-h" || verb === "help") {
      const entry = rest[0] === undefined ? undefined : VERBS[rest[0]];
      io.stdout(entry ? (await entry.load()).help : MAIN_HELP);
      return 0;
    }
    const entry = VERBS[verb];
    if (!entry)
      throw usageError(`unknown verb "${verb}" (verbs: ${Object.keys(VERBS).join(", ")})`);
    useEnglishMessages();
    const { run } = await entry.load();
    return await run(rest, io);
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
