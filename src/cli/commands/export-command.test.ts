import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { generateBoard } from "../../corpus/generate-board";
import { runCli } from "../run-cli";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-export-"));
  const board = await generateBoard({
    kind: "header-row",
    mess: "moderate",
    platform: "miro",
    seed: 8,
    language: "sv",
  });
  await writeFile(join(dir, "board.json"), JSON.stringify(board.file));
});

describe("journey-mapper export", () => {
  it("writes a Jira CSV with epics to a file", async () => {
    const result = await runCli(
      ["export", "board.json", "--to", "jira", "--epics", "--out", "jira.csv"],
      dir,
    );
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
    const rows = parse(await readFile(join(dir, "jira.csv"), "utf8"), {
      relax_column_count: false,
    }) as string[][];
    expect(rows[0]).toEqual([
      "Issue ID",
      "Parent",
      "Issue Type",
      "Summary",
      "Description",
      "Priority",
      "Labels",
      "Labels",
      "Labels",
      "Due date",
      "Assignee",
    ]);
    expect(rows.slice(1).some((r) => r[2] === "Epic")).toBe(true);
    const epicIds = rows.filter((r) => r[2] === "Epic").map((r) => r[0]);
    const tasks = rows.filter((r) => r[2] === "Task");
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((r) => epicIds.includes(r[1]))).toBe(true);
  });

  it("says so in the board's language when it has no actions yet, and still writes the header", async () => {
    await runCli(["template", "--stages", "Behov,Köp", "--lang", "sv", "--out", "empty.json"], dir);
    const result = await runCli(["export", "empty.json", "--to", "asana"], dir);
    expect(result).toEqual({
      code: 0,
      stdout: "Name,Description,Assignee,Due Date,Section,Tags,Priority\r\n",
      stderr:
        "journey-mapper: obs: empty.json har inga åtgärder än (inga lappar i raden Åtgärder, inga möjligheter, inga smärtpunkter att ta itu med); exporten innehåller inga\n",
    });
    const english = await runCli(["export", "empty.json", "--to", "asana", "--lang", "en"], dir);
    expect(english.stderr).toBe(
      "journey-mapper: note: empty.json has no actions yet (no notes in the action lane, no opportunities, no pains to answer); the export holds none\n",
    );
  });

  it("writes every target, each holding the board's actions or journey", async () => {
    const out = async (target: string) => {
      const result = await runCli(["export", "board.json", "--to", target], dir);
      expect(result.code).toBe(0);
      return result.stdout;
    };
    const actions = JSON.parse(await out("actions")).actions as { title: string }[];
    expect(actions.length).toBeGreaterThan(0);
    const titles = actions.map((a) => a.title);
    const rows = async (target: string) =>
      parse(await out(target), { columns: true }) as Record<string, string>[];
    expect((await rows("linear")).map((r) => r.Title)).toEqual(
      titles.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t)),
    );
    expect((await rows("asana")).map((r) => r.Name)).toEqual(titles);
    expect((await rows("azure")).map((r) => r.Title)).toEqual(titles);
    expect(JSON.parse(await out("github")).map((i: { title: string }) => i.title)).toEqual(titles);
    const script = await out("gh-script");
    expect(script.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    expect(script.match(/^issue '/gm)).toHaveLength(titles.length);
    expect((await out("checklist")).match(/^- \[ \] /gm)).toHaveLength(titles.length);
    expect(await out("markdown")).toMatch(
      /^# .+\n[\s\S]*\n## Sammanfattning\n[\s\S]*\n## Åtgärder\n/,
    );
    expect(JSON.parse(await out("json")).schemaVersion).toBe(1);
    const stories = (await out("stories")).trim().split("\n");
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.every((line) => /^Som .+ i .+ vill jag .+ så att .+\.$/.test(line))).toBe(true);
  });

  it("assigns owners from a people file, and names on stderr the handles it lacks", async () => {
    await writeFile(
      join(dir, "people.json"),
      JSON.stringify({
        schemaVersion: 1,
        people: { "@Anna": { email: "anna@example.com", github: "anna-k" } },
      }),
    );
    const result = await runCli(
      ["export", "board.json", "--to", "jira", "--people", "people.json"],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "journey-mapper: note: people.json gives no email for @jonas; their items are left unassigned, the owner named in the description\n",
    );
    const rows = parse(result.stdout, { columns: true, relax_column_count: true }) as Record<
      string,
      string
    >[];
    const assigned = rows.filter((r) => r.Assignee !== "");
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.every((r) => r.Assignee === "anna@example.com")).toBe(true);
    expect(assigned.every((r) => r.Description?.includes("\\@anna"))).toBe(true);
    const gh = await runCli(
      ["export", "board.json", "--to", "gh-script", "--people", "people.json"],
      dir,
    );
    expect(gh.stdout).toContain("--assignee 'anna-k'");
    expect(gh.stderr).toContain("gives no GitHub login for @jonas;");
  });

  it("leaves the suggestions out with --no-suggestions, on export and on actions", async () => {
    const all = JSON.parse((await runCli(["export", "board.json", "--to", "actions"], dir)).stdout);
    const kept = JSON.parse(
      (await runCli(["export", "board.json", "--to", "actions", "--no-suggestions"], dir)).stdout,
    );
    const suggested = all.actions.filter((a: { status: string }) => a.status === "suggested");
    expect(suggested.length).toBeGreaterThan(0);
    expect(kept.actions).toEqual(
      all.actions.filter((a: { status: string }) => a.status !== "suggested"),
    );
    const listed = await runCli(
      ["actions", "board.json", "--no-suggestions", "--format", "json"],
      dir,
    );
    expect(JSON.parse(listed.stdout)).toEqual(kept);
    const checklist = (await runCli(["actions", "board.json", "--no-suggestions"], dir)).stdout;
    expect(checklist).not.toContain("(*förslag*)");
    expect((await runCli(["actions", "board.json"], dir)).stdout).toContain("(*förslag*)");
  });

  it("says the suggestions were left out when they were a board's only actions", async () => {
    const pains = {
      data: [
        ["Need", "dark_blue", 0, 0],
        ["Buy", "dark_blue", 300, 0],
        ["Long wait on the phone", "red", 0, 300],
        ["Card payment fails", "red", 300, 300],
      ].map(([text, fillColor, x, y], i) => ({
        id: `n${i}`,
        type: "sticky_note",
        data: { content: `<p>${text}</p>` },
        style: { fillColor },
        position: { x, y, origin: "center" },
        geometry: { width: 200, height: 200 },
      })),
    };
    await writeFile(join(dir, "pains.json"), JSON.stringify(pains));
    const result = await runCli(
      ["export", "pains.json", "--to", "github", "--no-suggestions", "--lang", "en"],
      dir,
    );
    expect(result).toEqual({
      code: 0,
      stdout: "[]\n",
      stderr:
        "journey-mapper: note: pains.json has no actions from the team yet, only 2 suggestions from journey-mapper, which --no-suggestions leaves out; the export holds none\n",
    });
  });

  it("writes Azure epics as a tree with --epics", async () => {
    const result = await runCli(["export", "board.json", "--to", "azure", "--epics"], dir);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {}).slice(0, 4)).toEqual([
      "ID",
      "Work Item Type",
      "Title 1",
      "Title 2",
    ]);
    expect(rows[0]?.["Work Item Type"]).toBe("Epic");
    expect(
      rows
        .filter((r) => r["Work Item Type"] === "Task")
        .every((r) => r["Title 1"] === "" && r["Title 2"] !== ""),
    ).toBe(true);
  });

  it.each([
    [
      ["export", "board.json"],
      2,
      "journey-mapper: export needs --to, one of: jira, linear, asana, azure, github, gh-script, checklist, actions, markdown, json, stories\n",
    ],
    [
      ["export", "board.json", "--to", "github", "--mode", "tracker"],
      2,
      "journey-mapper: --mode applies to the CSV targets only (jira, linear, asana, azure)\n",
    ],
    [
      ["export", "board.json", "--to", "markdown", "--bom"],
      2,
      "journey-mapper: --bom applies to the CSV targets only (jira, linear, asana, azure)\n",
    ],
    [
      ["export", "board.json", "--to", "linear", "--epics"],
      2,
      "journey-mapper: --epics applies to --to jira and --to azure only\n",
    ],
    [
      ["export", "board.json", "--to", "markdown", "--people", "people.json"],
      2,
      "journey-mapper: --people applies to the trackers only (jira, linear, asana, azure, github, gh-script)\n",
    ],
    [
      ["export", "board.json", "--to", "json", "--no-suggestions"],
      2,
      "journey-mapper: --no-suggestions applies to the action targets only (jira, linear, asana, azure, github, gh-script, checklist, actions)\n",
    ],
    [
      ["export", "gone.json", "--to", "jira"],
      1,
      "journey-mapper: gone.json: no such file; check the path (relative paths start in the current folder)\n",
    ],
  ])("refuses %j with one line", async (args, code, stderr) => {
    expect(await runCli(args, dir)).toEqual({ code, stdout: "", stderr });
  });

  it.each([
    [["--to", "trello"], /^journey-mapper: --to: "trello" is not .*jira, linear, .*stories\n$/],
    [
      ["--to", "jira", "--mode", "excel"],
      /^journey-mapper: --mode: "excel" is not .*tracker.*spreadsheet\n$/,
    ],
  ])("checks %j through the one choice of allowed values", async (args, stderr) => {
    const result = await runCli(["export", "board.json", ...args], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(stderr);
  });
});
