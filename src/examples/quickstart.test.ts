import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { csvParseRows } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli";
import { EXAMPLE_BOARD_FILE } from "./example-board";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PREFIX = "npx journey-mapper ";

/** The commands of the README's command-line quickstart, each as its argument list. */
function quickstart(readme: string): string[][] {
  const start = readme.indexOf("## The command line");
  const section = readme.slice(start, readme.indexOf("\n- `template`", start));
  return section
    .split("\n")
    .filter((line) => line.startsWith(PREFIX))
    .map((line) =>
      [...line.slice(PREFIX.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? ""),
    );
}

let readme = "";
let dir = "";
beforeAll(async () => {
  readme = await readFile(join(ROOT, "README.md"), "utf8");
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-quickstart-"));
  await cp(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
});

/** The quickstart's command for a verb, run as the README says in a copy of the project. */
async function run(verb: string) {
  const command = quickstart(readme).find((args) => args[0] === verb);
  if (!command) throw new Error(`the README's quickstart has no ${verb} command`);
  return runCli(command, dir);
}

describe("the README's command-line quickstart", () => {
  it("runs analyze, summarize, actions and export on the example board, and template alone", () => {
    const commands = quickstart(readme);
    expect(commands.map((args) => args[0])).toEqual([
      "analyze",
      "summarize",
      "actions",
      "export",
      "template",
    ]);
    for (const args of commands.slice(0, 4)) expect(args[1]).toBe(EXAMPLE_BOARD_FILE);
  });

  it("analyze: five stages by seven lanes, two stray notes, as the README says", async () => {
    const result = await run("analyze");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines).toContain(
      "| | 1. Need | 2. Find out | 3. Order | 4. Installation | 5. First bill |",
    );
    expect(
      lines.filter((line) => line.startsWith("| **")).map((line) => line.split(" |")[0]),
    ).toEqual([
      "| **Customer activities**",
      "| **Touchpoints**",
      "| **Feelings**",
      "| **Pain points**",
      "| **What works**",
      "| **Ideas**",
      "| **Actions**",
    ]);
    expect(result.stderr).toBe(
      "Read 117 notes from a Miro board: 95 placed in 5 stages and 7 lanes, 20 read as headers, labels, legend or vote dots, 2 not placed (stages from frames, lanes from lane labels, board legend).\n",
    );
    expect(readme).toContain("117 notes: 95 placed, 20 read as the board's structure");
  });

  it("summarize: the hotspot is a stage, with its pains", async () => {
    const result = await run("summarize");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "**Hotspot: 4. Installation, 7 pain points, feelings at −1.0. Top pain: “The router arrived after the move”.**",
    );
    expect(readme).toContain('"4. Installation" with 7 pain points');
  });

  it("actions: fifteen, with the owners and due dates written on the board", async () => {
    const result = await run("actions");
    expect(result.code).toBe(0);
    const items = result.stdout.split("\n").filter((line) => line.startsWith("- [ ] "));
    expect(items).toHaveLength(15);
    expect(items.filter((line) => line.includes("owner @"))).toEqual([
      "- [ ] Moving form on the home page (owner @lina, due 2026-04-15)",
      "- [ ] Send the confirmation within 1 h (!high, owner @ahmed, due 2026-05-01)",
      "- [ ] Router delivered 5 days before the move (owner @lina, due 2026-05-20)",
      "- [ ] Text message before the technician's visit (owner @johan, due 2026-04-30)",
    ]);
    expect(readme).toContain("`actions` lists 15\nactions");
  });

  it("export --to jira --epics: one epic per stage over the fifteen actions", async () => {
    const result = await run("export");
    expect(result.code).toBe(0);
    const [header, ...rows] = csvParseRows(await readFile(join(dir, "actions.csv"), "utf8"));
    const type = header?.indexOf("Issue Type") ?? -1;
    const summary = header?.indexOf("Summary") ?? -1;
    expect(rows).toHaveLength(20);
    expect(rows.filter((row) => row[type] === "Epic").map((row) => row[summary])).toEqual([
      "1. Need",
      "2. Find out",
      "3. Order",
      "4. Installation",
      "5. First bill",
    ]);
  });

  it("template: a new board that reads back as its stages", async () => {
    const result = await run("template");
    expect(result.code).toBe(0);
    const read = await runCli(["analyze", "board.json"], dir);
    const stages = JSON.parse(read.stdout).stages.map((s: { title: string }) => s.title);
    expect(stages).toEqual(["Need", "Order", "Delivery"]);
  });
});
