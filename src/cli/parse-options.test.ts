import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { choice, commaList, listOf, parseOptions, UnknownOption } from "./parse-options";

const OPTIONS = {
  to: { type: "string" },
  lang: { type: "string" },
  tag: { type: "string", multiple: true },
  epics: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The one-line message and exit code `run` fails with. */
function failure(run: () => unknown): { message: string; exitCode: number } {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error("expected a CliError");
}

describe("parseOptions", () => {
  it("reads options and positionals", () => {
    const { values, positionals } = parseOptions(
      "export",
      ["board.json", "--to", "jira", "--epics", "--tag=a", "--tag", "b"],
      OPTIONS,
    );
    expect(values).toEqual({ to: "jira", epics: true, tag: ["a", "b"] });
    expect(positionals).toEqual(["board.json"]);
  });

  it("refuses an option that takes one value given twice, naming both values", () => {
    expect(failure(() => parseOptions("export", ["--to", "jira", "--to=linear"], OPTIONS))).toEqual(
      {
        message:
          'option --to is given more than once ("jira", then "linear"); give it once (see: journey-mapper export --help)',
        exitCode: 2,
      },
    );
    expect(parseOptions("export", ["--epics", "--epics"], OPTIONS).values.epics).toBe(true);
  });

  it("refuses an empty value", () => {
    expect(failure(() => parseOptions("export", ["--to", ""], OPTIONS))).toEqual({
      message: 'option --to needs a value, not "" (see: journey-mapper export --help)',
      exitCode: 2,
    });
    expect(failure(() => parseOptions("export", ["--lang="], OPTIONS)).message).toBe(
      'option --lang needs a value, not "" (see: journey-mapper export --help)',
    );
  });

  it("says which option a mistyped one likely meant", () => {
    expect(failure(() => parseOptions("export", ["--langs", "sv"], OPTIONS))).toEqual({
      message: "unknown option --langs; did you mean --lang? (see: journey-mapper export --help)",
      exitCode: 2,
    });
    expect(failure(() => parseOptions("export", ["--Epics"], OPTIONS)).message).toBe(
      "unknown option --Epics; did you mean --epics? (see: journey-mapper export --help)",
    );
  });

  it("leaves an option nothing comes near to the caller, which knows the other verbs", () => {
    let thrown: unknown;
    try {
      parseOptions("export", ["--stages", "A"], OPTIONS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownOption);
    expect(thrown).toMatchObject({
      verb: "export",
      option: "--stages",
      exitCode: 2,
      message: "unknown option --stages (see: journey-mapper export --help)",
    });
  });

  it("never echoes a control character of an unknown option", () => {
    expect(failure(() => parseOptions("export", ["--\u001b[2Jx"], OPTIONS)).message).toBe(
      "unknown option --\\u{1b}[2Jx (see: journey-mapper export --help)",
    );
  });

  it("says a switch takes no value", () => {
    expect(failure(() => parseOptions("export", ["--epics=yes"], OPTIONS))).toEqual({
      message: "option --epics takes no value (see: journey-mapper export --help)",
      exitCode: 2,
    });
  });

  it("says an option lacks its value", () => {
    expect(failure(() => parseOptions("export", ["--to"], OPTIONS))).toEqual({
      message: "option --to needs a value (see: journey-mapper export --help)",
      exitCode: 2,
    });
  });
});

describe("choice", () => {
  const TARGETS = ["jira", "linear", "github", "gh-script", "markdown"] as const;
  const words = { noun: "target", aliases: { md: "markdown" } } as const;

  it("takes a value in any case, or by an alias", () => {
    expect(choice("--to", "Jira", TARGETS, words)).toBe("jira");
    expect(choice("--to", "GH-SCRIPT", TARGETS, words)).toBe("gh-script");
    expect(choice("--to", "MD", TARGETS, words)).toBe("markdown");
    expect(choice("--to", "linear", TARGETS)).toBe("linear");
  });

  it("says what a near miss likely meant", () => {
    expect(failure(() => choice("--to", "jria", TARGETS, words))).toEqual({
      message: '--to: "jria" is not a target; did you mean "jira"?',
      exitCode: 2,
    });
  });

  it("lists the allowed values otherwise, never the aliases", () => {
    expect(failure(() => choice("--to", "trello", TARGETS, words))).toEqual({
      message: '--to: "trello" is not a target; use jira, linear, github, gh-script or markdown',
      exitCode: 2,
    });
    expect(failure(() => choice("--mode", "x", ["tracker", "spreadsheet"])).message).toBe(
      '--mode: "x" is not valid; use tracker or spreadsheet',
    );
    expect(failure(() => choice("--lanes", "joy", ["action"], { noun: "lane kind" })).message).toBe(
      '--lanes: "joy" is not a lane kind; use action',
    );
    expect(failure(() => choice("--x", "a", ["b", "c"], { noun: "option" })).message).toBe(
      '--x: "a" is not an option; use b or c',
    );
  });

  it("takes no name of an object's prototype for an alias", () => {
    expect(failure(() => choice("--to", "constructor", TARGETS, words)).message).toBe(
      '--to: "constructor" is not a target; use jira, linear, github, gh-script or markdown',
    );
  });
});

describe("commaList and listOf", () => {
  it("split and join lists as people write them", () => {
    expect(commaList(" Need, ,Buy ")).toEqual(["Need", "Buy"]);
    expect(commaList(undefined)).toEqual([]);
    expect(listOf(["en", "sv", "da"])).toBe("en, sv or da");
    expect(listOf(["a", "b"], "and")).toBe("a and b");
    expect(listOf(["a"])).toBe("a");
  });
});
