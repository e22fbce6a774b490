import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";
import { VERSION } from "./version";

const run = (args: string[]) => runCli(args, tmpdir());
const VERBS = "template, analyze, summarize, actions, export";

describe("journey-mapper's first word", () => {
  it.each([
    [["--version"]],
    [["-V"]],
    [["-v"]],
    [["version"]],
    [["analyze", "--version"]],
    [["export", "board.json", "--to", "jira", "-V"]],
  ])("%j prints the version", async (args) => {
    expect(await run(args)).toEqual({ code: 0, stdout: `journey-mapper ${VERSION}\n`, stderr: "" });
  });

  it("leaves a --version after -- to the verb", async () => {
    const result = await run(["template", "--stages", "A", "--", "--version"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'journey-mapper: template takes no file: "--version"; to write the template to one, use --out FILE\n',
    });
  });

  it("runs the British spellings as the verbs, and lists only the verbs", async () => {
    expect(await run(["analyse", "--help"])).toEqual(await run(["analyze", "--help"]));
    expect(await run(["help", "summarise"])).toEqual(await run(["help", "summarize"]));
    const help = await run(["--help"]);
    expect(help.stdout).toContain("  analyze ");
    expect(help.stdout).not.toContain("analyse");
  });

  it.each([
    [["tmplate"], 'unknown verb "tmplate"; did you mean "template"?'],
    [["Sumarize"], 'unknown verb "Sumarize"; did you mean "summarize"?'],
    [["analyss"], 'unknown verb "analyss"; did you mean "analyze"?'],
    [["summarse"], 'unknown verb "summarse"; did you mean "summarize"?'],
    [["draw"], `unknown verb "draw" (verbs: ${VERBS})`],
    [["help", "tmplate"], 'unknown verb "tmplate"; did you mean "template"?'],
    [["--help", "draw"], `unknown verb "draw" (verbs: ${VERBS})`],
    [
      ["board.json"],
      `unknown verb "board.json" (verbs: ${VERBS}); a board file comes after the verb: journey-mapper analyze board.json`,
    ],
    [["\u001b]0;x\u0007"], `unknown verb "\\u{1b}]0;x\\u{7}" (verbs: ${VERBS})`],
    [["--verison"], "unknown option --verison; did you mean --version?"],
    [
      ["--lang", "sv"],
      `the verb comes first, then its options: journey-mapper <verb> --lang (verbs: ${VERBS})`,
    ],
  ])("%j is a usage error: %s", async (args, message) => {
    expect(await run(args)).toEqual({
      code: 2,
      stdout: "",
      stderr: `journey-mapper: ${message}\n`,
    });
  });

  it("names the verbs that take an option another verb was given", async () => {
    expect(await run(["summarize", "board.json", "--epics"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "journey-mapper: summarize has no option --epics; export has it (see: journey-mapper summarize --help)\n",
    });
    expect((await run(["export", "board.json", "--stages", "A"])).stderr).toBe(
      "journey-mapper: export has no option --stages; template has it (see: journey-mapper export --help)\n",
    );
  });

  it("refuses a repeated option on every verb", async () => {
    expect(await run(["export", "board.json", "--to", "jira", "--to", "linear"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'journey-mapper: option --to is given more than once ("jira", then "linear"); give it once (see: journey-mapper export --help)\n',
    });
    expect((await run(["actions", "b.json", "--out", "a.md", "--out", "b.md"])).stderr).toBe(
      'journey-mapper: option --out is given more than once ("a.md", then "b.md"); give it once (see: journey-mapper actions --help)\n',
    );
  });

  it.each([
    [
      ["--to", "Jira", "--mode", "SPREADSHEET", "--lang", "Svenska"],
      1,
      "missing.json: no such file; check the path (relative paths start in the current folder)",
    ],
    [
      ["--to", "MD"],
      1,
      "missing.json: no such file; check the path (relative paths start in the current folder)",
    ],
    [
      ["--to", "azure-devops", "--epics"],
      1,
      "missing.json: no such file; check the path (relative paths start in the current folder)",
    ],
    [["--to", "jria"], 2, '--to: "jria" is not a target; did you mean "jira"?'],
    [
      ["--to", "trello"],
      2,
      '--to: "trello" is not a target; use jira, linear, asana, azure, github, gh-script, checklist, actions, markdown, json or stories',
    ],
    [
      ["--to", "jira", "--mode", "excel"],
      2,
      '--mode: "excel" is not a mode; use tracker or spreadsheet',
    ],
    [["--to", "jira", "--lang", "se"], 2, '--lang: "se" is not a language; use en, sv or da'],
  ])("export %j: %s", async (args, code, message) => {
    expect(await run(["export", "missing.json", ...args])).toEqual({
      code,
      stdout: "",
      stderr: `journey-mapper: ${message}\n`,
    });
  });

  it("takes --format markdown and case-insensitive values on every report verb", async () => {
    for (const verb of ["analyze", "summarize", "actions"]) {
      expect(await run([verb, "missing.json", "--format", "Markdown", "--lang", "DA"])).toEqual({
        code: 1,
        stdout: "",
        stderr:
          "journey-mapper: missing.json: no such file; check the path (relative paths start in the current folder)\n",
      });
      expect((await run([verb, "missing.json", "--format", "mdd"])).stderr).toBe(
        'journey-mapper: --format: "mdd" is not a format; did you mean "md"?\n',
      );
    }
  });
});
