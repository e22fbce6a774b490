import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { JourneySchema } from "../../core/model/journey";
import { generateBoard } from "../../corpus/generate-board";
import { scoreJourney } from "../../corpus/score";
import figmaFile from "../../fixtures/figma/workshop-file.json";
import miroPage from "../../fixtures/miro/workshop-page.json";
import { runCli } from "../run-cli";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-analyze-"));
  await writeFile(join(dir, "miro.json"), JSON.stringify(miroPage));
  await writeFile(join(dir, "figjam.json"), JSON.stringify(figmaFile));
  await writeFile(join(dir, "broken.json"), '{"data": [');
  await writeFile(join(dir, "other.json"), JSON.stringify({ hello: "world" }));
  await writeFile(
    join(dir, "bad-item.json"),
    JSON.stringify({ data: [{ id: "1", type: "sticky_note", position: { x: "a", y: 0 } }] }),
  );
});

describe("journey-mapper analyze", () => {
  it("reads a Miro board file into the journey JSON", async () => {
    const board = await generateBoard({
      kind: "header-row",
      mess: "moderate",
      platform: "miro",
      seed: 11,
    });
    await writeFile(join(dir, "board.json"), JSON.stringify(board.file));
    const result = await runCli(["analyze", "board.json"], dir);
    expect(result.code).toBe(0);
    const journey = JourneySchema.parse(JSON.parse(result.stdout));
    expect(journey.schemaVersion).toBe(1);
    expect(scoreJourney(board, journey).correct / board.truth.size).toBeGreaterThanOrEqual(0.99);
    const placement = JSON.parse(result.stdout).placements[0];
    expect(Object.keys(placement)).toEqual(["noteId", "stage", "lane", "confidence"]);
    // The board is Swedish, so its summary is too.
    expect(result.stderr).toMatch(
      /^Läste \d+ lappar från en Miro-tavla: \d+ placerade i \d+ faser och \d+ rader, \d+ lästa som rubriker, etiketter, teckenförklaring eller röstprickar, 0 inte placerade \(faser från rubrikraden, rader från radetiketterna, standardförklaringen\)\.\n$/,
    );
  });

  it("reads a FigJam file, detected from its content, and writes Markdown to a file", async () => {
    const result = await runCli(
      ["analyze", "figjam.json", "--format", "md", "--out", "out.md"],
      dir,
    );
    expect(result.code).toBe(0);
    const markdown = await readFile(join(dir, "out.md"), "utf8");
    expect(markdown.split("\n")[0]).toBe("# Kunderejse – workshop");
    expect(markdown).toContain("Lang ventetid på svar");
    expect(result.stderr).toContain('journey-mapper: note: page "Noter" also has 1 sticky note');
    expect(result.stderr.split("\n").at(-2)).toBe(
      "Læste 3 sedler fra en FigJam-tavle: 3 placeret i 1 fase og 3 rækker, 0 læst som overskrifter, etiketter, forklaring eller stemmeprikker, 0 ikke placeret (faser fra mellemrummene mellem sedlerne, rækker fra sedlernes farver, standardforklaringen).",
    );
  });

  it("follows a legend file for the colours it names, the default for the others", async () => {
    await writeFile(
      join(dir, "legend.json"),
      JSON.stringify({ schemaVersion: 1, entries: [{ colour: "miro:red", meaning: "gain" }] }),
    );
    const result = await runCli(["analyze", "miro.json", "--legend", "legend.json"], dir);
    const journey = JourneySchema.parse(JSON.parse(result.stdout));
    expect(journey.placements.find((p) => p.noteId === "3458764517517852417")?.lane).toBe("gain");
    expect(result.stderr).toBe(
      "Läste 2 lappar från en Miro-tavla: 2 placerade i 2 faser och 2 rader, 0 lästa som rubriker, etiketter, teckenförklaring eller röstprickar, 0 inte placerade (faser från mellanrummen mellan lapparna, rader från lapparnas färger, din egen teckenförklaring).\n",
    );
    const english = await runCli(
      ["analyze", "miro.json", "--legend", "legend.json", "--lang", "en"],
      dir,
    );
    expect(english.stderr).toBe(
      "Read 2 notes from a Miro board: 2 placed in 2 stages and 2 lanes, 0 read as headers, labels, legend or vote dots, 0 not placed (stages from the gaps between notes, lanes from note colours, user legend).\n",
    );
  });

  it("writes the Markdown and the summary in the language asked for with --lang", async () => {
    const board = await generateBoard({
      kind: "header-row",
      mess: "clean",
      platform: "miro",
      seed: 4,
      language: "en",
    });
    await writeFile(join(dir, "english.json"), JSON.stringify(board.file));
    const swedish = await runCli(
      ["analyze", "english.json", "--format", "md", "--lang", "sv"],
      dir,
    );
    expect(swedish.code).toBe(0);
    expect(swedish.stdout.split("\n")[0]).toBe("# Kundresa");
    expect(swedish.stdout).toContain("Lästes som tavlans struktur, inte som lappar");
    const own = await runCli(["analyze", "english.json", "--format", "md"], dir);
    expect(own.stdout.split("\n")[0]).toBe("# Customer journey");
    expect(own.stdout).toContain("Read as the board's structure, not as notes");
    expect(own.stderr).toBe(
      "Read 90 notes from a Miro board: 83 placed in 6 stages and 7 lanes, 7 read as headers, labels, legend or vote dots, 0 not placed (stages from the header row, lanes from lane labels, default legend).\n",
    );
    expect(swedish.stderr).toBe(
      "Läste 90 lappar från en Miro-tavla: 83 placerade i 6 faser och 7 rader, 7 lästa som rubriker, etiketter, teckenförklaring eller röstprickar, 0 inte placerade (faser från rubrikraden, rader från radetiketterna, standardförklaringen).\n",
    );
  });

  it("writes the Markdown of a Danish board with no æ or ø in Danish", async () => {
    const board = await generateBoard({
      kind: "gaps",
      mess: "moderate",
      platform: "miro",
      seed: 8,
      language: "da",
    });
    const plain = JSON.stringify(board.file)
      .replace(/æ/g, "ae")
      .replace(/Æ/g, "Ae")
      .replace(/ø/g, "o")
      .replace(/Ø/g, "O");
    expect(plain).not.toMatch(/[æøÆØäöÄÖ]/);
    expect(plain).toMatch(/å/);
    await writeFile(join(dir, "danish.json"), plain);
    const result = await runCli(["analyze", "danish.json", "--format", "md"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("# Kunderejse");
    expect(result.stdout).toContain("| **Smertepunkter** |");
    const swedish = await runCli(["analyze", "danish.json", "--format", "md", "--lang", "sv"], dir);
    expect(swedish.stdout.split("\n")[0]).toBe("# Kundresa");
    expect(swedish.stdout).toContain("| **Smärtpunkter** |");
  });

  it.each([
    [
      ["analyze", "miro.json", "--lang", "fi"],
      2,
      'journey-mapper: --lang: "fi" is not a language; use en, sv or da\n',
    ],
    [
      ["analyze"],
      2,
      "journey-mapper: analyze needs a board file: journey-mapper analyze board.json\n",
    ],
    [
      ["analyze", "a.json", "b.json"],
      2,
      'journey-mapper: analyze reads one file; also given: "b.json" (a path with spaces goes in quotes)\n',
    ],
    [
      ["analyze", "miro.json", "--format", "csv"],
      2,
      'journey-mapper: --format: "csv" is not a format; use json or md\n',
    ],
    [
      ["analyze", "missing.json"],
      1,
      "journey-mapper: missing.json: no such file; check the path (relative paths start in the current folder)\n",
    ],
    [
      ["analyze", "other.json"],
      1,
      'journey-mapper: other.json: This is not a board file. Expected a Miro REST items file (GET /v2/boards/{id}/items: { "data": [...] }, an array of pages, or an array of items) or a Figma REST file of a FigJam board (GET /v1/files/:key).\n',
    ],
    [
      ["analyze", "bad-item.json"],
      1,
      "journey-mapper: bad-item.json: This Miro REST items file has an item it cannot read: data[0].position.x: expected number, received string\n",
    ],
  ])("refuses %j with a clear message and no stack trace", async (args, code, stderr) => {
    expect(await runCli(args, dir)).toEqual({ code, stdout: "", stderr });
  });

  it("says where a file is not valid JSON", async () => {
    const result = await runCli(["analyze", "broken.json"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "journey-mapper: broken.json: not valid JSON at line 1, column 11: the file ends before the JSON does; fix the file there or export it again\n",
    );
  });
});
