import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readMiroItems } from "../../adapters/miro-rest/read-miro-items";
import type { BoardItem } from "../../core/board/board-item";
import { itemToNote } from "../../core/board/item-to-note";
import { recogniseLane } from "../../core/lexicon/recognise-lane";
import { NoteSchema } from "../../core/model/note";
import { runCli } from "../run-cli";

const run = runCli;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-template-"));
});

describe("journey-mapper template", () => {
  it("writes a Swedish template board that parses back through the model", async () => {
    const result = await run(
      ["template", "--stages", "Behov, Köp ,Leverans", "--lang", "sv", "--out", "board.json"],
      dir,
    );
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: "Skrev board.json: 3 faser × 9 rader (Workshopkundresa, sv), 55 objekt.\n",
    });
    const read = readMiroItems(JSON.parse(await readFile(join(dir, "board.json"), "utf8")));
    if (!read.ok) throw new Error(read.error);
    const { items, warnings } = read.value;
    expect(warnings).toEqual([]);
    expect(items).toHaveLength(55);

    const [frame] = items;
    expect(frame).toMatchObject({ kind: "frame", text: "Kundresa", parentId: null });
    expect(items.slice(1).every((item) => item.parentId === frame?.id)).toBe(true);

    const shapesByX = (predicate: (item: BoardItem) => boolean) =>
      items.filter(predicate).sort((a, b) => a.x - b.x || a.y - b.y);
    const stageHeaders = shapesByX((i) => i.kind === "shape" && i.height === 160);
    expect(stageHeaders.map((i) => i.text)).toEqual(["Behov", "Köp", "Leverans"]);
    expect(stageHeaders.map((i) => i.x)).toEqual([660, 1220, 1780]);

    const labels = items
      .filter((i) => i.kind === "shape" && i.width === 320)
      .sort((a, b) => a.y - b.y);
    expect(labels.map((i) => recogniseLane(i.text)?.kind)).toEqual([
      "step",
      "touchpoint",
      "thought",
      "emotion",
      "pain",
      "gain",
      "opportunity",
      "action",
      "kpi",
    ]);
    expect(labels.find((i) => i.text === "Smärtpunkter")?.fill).toBe("#F0939D");

    const notes = items.filter((i) => i.kind === "sticky").map((i) => itemToNote(i, "miro"));
    expect(notes.map((n) => NoteSchema.parse(n))).toHaveLength(11);
    expect(notes.find((n) => n.text === "Smärtpunkter")).toMatchObject({
      colour: "miro:red",
      rawColour: "red",
      colourDistance: 0,
    });
    expect(notes.find((n) => n.text === "Fas")?.colour).toBe("miro:dark_blue");
  });

  it("prints the board to standard output without --out", async () => {
    const result = await run(
      ["template", "--stages", "Discover,Buy", "--preset", "pains-and-gains"],
      dir,
    );
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(page.data).toHaveLength(1 + 2 + 2 + 4 + 8 + 1 + 6 + 1);
    expect(page.data[1]).toMatchObject({
      type: "text",
      data: { content: "<p><strong>Customer journey</strong></p>" },
    });
  });

  it("fills the header from its options", async () => {
    const result = await run(
      [
        "template",
        "--stages",
        "Behov",
        "--lang",
        "da",
        "--goal",
        "Færre opkald",
        "--persona",
        "Mette",
        "--participants",
        "Salg, Kundeservice",
      ],
      dir,
    );
    const header = JSON.parse(result.stdout).data[2];
    expect(header.data.content).toBe(
      "<p>Mål: Færre opkald</p><p>Afgrænsning: …</p><p>Persona: Mette</p><p>Deltagere: Salg, Kundeservice</p>",
    );
  });

  it("colours lanes with a legend file", async () => {
    await writeFile(
      join(dir, "legend.json"),
      JSON.stringify({ schemaVersion: 1, entries: [{ colour: "miro:violet", meaning: "pain" }] }),
    );
    const result = await run(["template", "--stages", "A", "--legend", "legend.json"], dir);
    const swatch = JSON.parse(result.stdout).data.find(
      (item: { type: string; data: { content?: string } }) =>
        item.type === "sticky_note" && item.data.content === "<p>Pain points</p>",
    );
    expect(swatch.style.fillColor).toBe("violet");
  });

  it("says a legend file of no colours changes none, and keeps the default's", async () => {
    await writeFile(
      join(dir, "empty-legend.json"),
      JSON.stringify({ schemaVersion: 1, entries: [] }),
    );
    const result = await run(["template", "--stages", "A", "--legend", "empty-legend.json"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "journey-mapper: note: empty-legend.json names no colours, so it changes none\n",
    );
    const swatch = JSON.parse(result.stdout).data.find(
      (item: { type: string; data: { content?: string } }) =>
        item.type === "sticky_note" && item.data.content === "<p>Pain points</p>",
    );
    expect(swatch.style.fillColor).toBe("red");
  });

  it.each([
    [
      ["template"],
      2,
      'journey-mapper: template needs --stages, e.g. --stages "Need,Buy,Delivery"\n',
    ],
    [
      ["template", "--stages", " , "],
      2,
      "journey-mapper: --stages: a journey needs at least one stage\n",
    ],
    [
      ["template", "--stages", "A", "--lang", "se"],
      2,
      'journey-mapper: --lang: "se" is not a language; use en, sv or da\n',
    ],
    [
      ["template", "--stages", "A", "--preset", "big"],
      2,
      'journey-mapper: --preset: "big" is not a preset; use workshop or pains-and-gains\n',
    ],
    [
      ["template", "--stages", "A", "--lanes", "pain,joy"],
      2,
      'journey-mapper: --lanes: "joy" is not a lane kind; use step, touchpoint, thought, emotion, pain, gain, opportunity, action, kpi or question\n',
    ],
    [
      ["template", "--stages", "A", "--colour"],
      2,
      "journey-mapper: unknown option --colour (see: journey-mapper template --help)\n",
    ],
    [
      ["template", "--stages"],
      2,
      "journey-mapper: option --stages needs a value (see: journey-mapper template --help)\n",
    ],
    [
      ["template", "--stages", ""],
      2,
      'journey-mapper: option --stages needs a value, not "" (see: journey-mapper template --help)\n',
    ],
    [
      ["template", "--stages", "A", "--preset", "pains-and-gain"],
      2,
      'journey-mapper: --preset: "pains-and-gain" is not a preset; did you mean "pains-and-gains"?\n',
    ],
    [
      ["template", "--stages", "A", "--lanes", " , "],
      2,
      'journey-mapper: --lanes: no lane kinds in " , "; give them separated by commas, e.g. --lanes step,pain,action\n',
    ],
    [
      ["template", "--stages", "A", "--lanes", "steps,pains,Pain"],
      2,
      'journey-mapper: --lanes: "pain" is given twice; each lane once\n',
    ],
    [
      ["template", "--stages", "A", "--title", "x".repeat(501)],
      2,
      `journey-mapper: --title: "${"x".repeat(59)}…" is 501 characters long; at most 500 fit\n`,
    ],
    [
      ["template", "--stages", `A,${"Köp".repeat(41)}`],
      2,
      `journey-mapper: --stages: "${"Köp".repeat(19)}Kö…" is 123 characters long; at most 120 fit\n`,
    ],
    [
      ["template", "--stages", Array.from({ length: 21 }, (_, i) => `S${i}`).join(",")],
      2,
      "journey-mapper: --stages: at most 20 stages fit a readable board\n",
    ],
    [
      ["template", "--stages", "A", "--participants", Array(51).fill("Ann").join(",")],
      2,
      "journey-mapper: --participants: 51 given; at most 50\n",
    ],
    [
      ["template", "--stages", "A", "--format", "md"],
      2,
      "journey-mapper: template has no option --format; analyze, summarize and actions have it (see: journey-mapper template --help)\n",
    ],
    [
      ["template", "--stages", "A", "--legend", "missing.json"],
      1,
      "journey-mapper: missing.json: no such file; check the path (relative paths start in the current folder)\n",
    ],
    [["tmplate"], 2, 'journey-mapper: unknown verb "tmplate"; did you mean "template"?\n'],
  ])("refuses %j with a one-line message", async (args, code, stderr) => {
    expect(await run(args, dir)).toEqual({ code, stdout: "", stderr });
  });

  it("explains a legend file that is not a legend", async () => {
    await writeFile(
      join(dir, "bad-legend.json"),
      JSON.stringify({ schemaVersion: 1, entries: [{ colour: "red" }] }),
    );
    const result = await run(["template", "--stages", "A", "--legend", "bad-legend.json"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^journey-mapper: bad-legend\.json: entries\[0\]\.colour: "red" is not a colour; use miro:<name> \(.*; did you mean "miro:red"\? \(and 1 more problem\)$/m,
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("takes choices in any case, lane kinds in the plural, languages by name", async () => {
    const spelt = await run(
      ["template", "--stages", "A", "--lang", "SV", "--preset", "Pains-And-Gains"],
      dir,
    );
    const plain = await run(
      ["template", "--stages", "A", "--lang", "sv", "--preset", "pains-and-gains"],
      dir,
    );
    expect(spelt.code).toBe(0);
    expect(spelt.stdout).toBe(plain.stdout);
    const named = await run(["template", "--stages", "A", "--lang", "svenska"], dir);
    expect(named.stdout).toBe(
      (await run(["template", "--stages", "A", "--lang", "sv"], dir)).stdout,
    );

    const plural = await run(["template", "--stages", "A", "--lanes", "Steps,pains,kpi"], dir);
    const singular = await run(["template", "--stages", "A", "--lanes", "step,pain,kpi"], dir);
    expect(plural.code).toBe(0);
    expect(plural.stdout).toBe(singular.stdout);
  });

  it("shows help", async () => {
    const result = await run(["template", "--help"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--stages LIST");
  });
});
