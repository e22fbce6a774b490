import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ActionListSchema } from "../../core/actions/action-schema";
import { JourneySummarySchema } from "../../core/summary/summary-schema";
import { generateBoard } from "../../corpus/generate-board";
import { runCli } from "../run-cli";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-reports-"));
  const board = await generateBoard({
    kind: "header-row",
    mess: "moderate",
    platform: "figjam",
    seed: 4,
    language: "da",
  });
  await writeFile(join(dir, "board.json"), JSON.stringify(board.file));
});

describe("journey-mapper summarize", () => {
  it("writes a Markdown summary in the board's language", async () => {
    const result = await runCli(["summarize", "board.json"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^# header-row moderate figjam #4\n\n\*\*Hotspot: Opstart, 3 smertepunkter/,
    );
    expect(result.stdout).toContain(
      "| Faser | Største smertepunkter | Glæder | Følelser | KPI'er |",
    );
  });

  it("writes JSON that parses back through the summary schema, in the language asked for", async () => {
    const result = await runCli(
      ["summarize", "board.json", "--format", "json", "--lang", "en"],
      dir,
    );
    const summary = JourneySummarySchema.parse(JSON.parse(result.stdout));
    expect(summary.language).toBe("en");
    expect(summary.stages.length).toBeGreaterThan(2);
  });

  it("refuses an unknown language", async () => {
    expect(await runCli(["summarize", "board.json", "--lang", "fi"], dir)).toEqual({
      code: 2,
      stdout: "",
      stderr: 'journey-mapper: --lang: "fi" is not a language; use en, sv or da\n',
    });
  });
});

describe("journey-mapper actions", () => {
  it("writes a checklist grouped by stage, and JSON with stable ids", async () => {
    const markdown = await runCli(["actions", "board.json"], dir);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout.split("\n")[0]).toBe("# Tiltag");
    expect(markdown.stdout).toMatch(/^- \[ \] /m);
    const first = ActionListSchema.parse(
      JSON.parse((await runCli(["actions", "board.json", "--format", "json"], dir)).stdout),
    );
    const again = ActionListSchema.parse(
      JSON.parse((await runCli(["actions", "board.json", "--format", "json"], dir)).stdout),
    );
    expect(again.actions.map((a) => a.id)).toEqual(first.actions.map((a) => a.id));
    expect(
      first.actions.some(
        (a) =>
          a.owner === "maria" || a.owner === "anna" || a.owner === "jonas" || a.owner === "erik",
      ),
    ).toBe(true);
  });

  it("refuses a value given to --no-suggestions, as export does", async () => {
    expect(await runCli(["actions", "board.json", "--no-suggestions=yes"], dir)).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "journey-mapper: option --no-suggestions takes no value (see: journey-mapper actions --help)\n",
    });
  });

  it("says what is wrong with a missing file", async () => {
    expect(await runCli(["actions", "nope.json"], dir)).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "journey-mapper: nope.json: no such file; check the path (relative paths start in the current folder)\n",
    });
  });
});
