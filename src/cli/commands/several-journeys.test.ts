import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeMiroItems } from "../../adapters/miro-rest/write-miro-items";
import { ActionListSchema } from "../../core/actions/action-schema";
import { JourneySchema } from "../../core/model/journey";
import { drawGrid, THREE_LANES } from "../../core/reconstruct/journey-test-kit";
import { JourneySummarySchema } from "../../core/summary/summary-schema";
import { runCli } from "../run-cli";

const STAGES = ["Behov", "Köp", "Leverans"];
const ACTION_LANES = [...THREE_LANES, ["Åtgärder", "action", "cyan"]] as const;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-journeys-"));
  const asIs = drawGrid({
    prefix: "a",
    x: 0,
    y: 0,
    stages: STAGES,
    lanes: THREE_LANES,
    frame: "Idag",
  });
  const toBe = drawGrid({
    prefix: "b",
    x: 0,
    y: 2200,
    stages: [...STAGES, "Använda"],
    lanes: ACTION_LANES,
    frame: "Målbild",
  });
  const two = writeMiroItems([...asIs.items, ...toBe.items], { keepIds: true });
  await writeFile(join(dir, "two.json"), JSON.stringify(two));
  const one = drawGrid({
    prefix: "o",
    x: 0,
    y: 0,
    stages: STAGES,
    lanes: THREE_LANES,
    frame: "Idag",
  });
  await writeFile(
    join(dir, "one.json"),
    JSON.stringify(writeMiroItems(one.items, { keepIds: true })),
  );
  const vertical = drawGrid({
    prefix: "v",
    x: 0,
    y: 0,
    stages: STAGES,
    lanes: THREE_LANES,
    vertical: true,
  });
  await writeFile(
    join(dir, "vertical.json"),
    JSON.stringify(writeMiroItems(vertical.items, { keepIds: true })),
  );
});

const NOTE =
  'journey-mapper: note: the board holds 2 journeys (1 "Idag", 2 "Målbild"); this is journey 1 (pick another with --journey N or --journey TITLE)\n';

describe("analyze on a board of several journeys", () => {
  it("prints every journey in reading order, each in the one-journey shape with its title first", async () => {
    const result = await runCli(["analyze", "two.json"], dir);
    expect(result.code).toBe(0);
    const board = JSON.parse(result.stdout);
    expect(Object.keys(board)).toEqual(["schemaVersion", "journeys"]);
    expect(board.schemaVersion).toBe(1);
    expect(board.journeys.map((j: { title: string }) => j.title)).toEqual(["Idag", "Målbild"]);
    expect(Object.keys(board.journeys[0])[0]).toBe("title");
    const [asIs, toBe] = (board.journeys as unknown[]).map((j) => JourneySchema.parse(j));
    expect(asIs?.stages.map((s) => s.title)).toEqual(STAGES);
    expect(toBe?.stages.map((s) => s.title)).toEqual([...STAGES, "Använda"]);
    expect(toBe?.placements).toHaveLength(32);
    expect(result.stderr.split("\n")[0]).toBe("Read 50 notes from a Miro board of 2 journeys:");
    expect(result.stderr).toMatch(/^ {2}2 "Målbild": 32 notes, 32 placed in 4 stages and 4 lanes/m);
  });

  it("tells of every journey in the language --lang asks for", async () => {
    const swedish = await runCli(["analyze", "two.json", "--lang", "sv"], dir);
    expect(swedish.stderr.split("\n")).toEqual([
      "Läste 50 lappar från en Miro-tavla med 2 kundresor:",
      '  1 "Idag": 18 lappar, 18 placerade i 3 faser och 3 rader, 0 lästa som rubriker, etiketter, teckenförklaring eller röstprickar, 0 inte placerade (faser från rubrikraden, rader från radetiketterna, standardförklaringen).',
      '  2 "Målbild": 32 lappar, 32 placerade i 4 faser och 4 rader, 0 lästa som rubriker, etiketter, teckenförklaring eller röstprickar, 0 inte placerade (faser från rubrikraden, rader från radetiketterna, standardförklaringen).',
      "",
    ]);
    const danish = await runCli(["analyze", "two.json", "--lang", "da"], dir);
    expect(danish.stderr.split("\n")[0]).toBe(
      "Læste 50 sedler fra en Miro-tavle med 2 kunderejser:",
    );
    expect(danish.stderr.split("\n")[1]).toBe(
      '  1 "Idag": 18 sedler, 18 placeret i 3 faser og 3 rækker, 0 læst som overskrifter, etiketter, forklaring eller stemmeprikker, 0 ikke placeret (faser fra overskriftsrækken, rækker fra rækkeetiketterne, standardforklaringen).',
    );
  });

  it("picks one with --journey, by number or by title in any case, printed as a board of one", async () => {
    const byNumber = await runCli(["analyze", "two.json", "--journey", "2"], dir);
    const byTitle = await runCli(["analyze", "two.json", "--journey", "målBILD"], dir);
    expect(byTitle.stdout).toBe(byNumber.stdout);
    const journey = JourneySchema.parse(JSON.parse(byNumber.stdout));
    expect(journey.header.title).toBe("Målbild");
    expect(byNumber.stderr).toMatch(/^Read 32 notes from a Miro board: 32 placed in 4 stages/);
  });

  it("writes one Markdown section per journey", async () => {
    const result = await runCli(["analyze", "two.json", "--format", "md"], dir);
    const headings = result.stdout.split("\n").filter((line) => line.startsWith("# "));
    expect(headings).toEqual(["# Idag", "# Målbild"]);
  });

  it("refuses a journey the board does not hold, listing those it does", async () => {
    for (const choice of ["3", "0", "Framtid"]) {
      expect(await runCli(["analyze", "two.json", "--journey", choice], dir)).toEqual({
        code: 2,
        stdout: "",
        stderr: `journey-mapper: --journey: "${choice}" is not a journey on this board; give the number or title of one of: 1 "Idag", 2 "Målbild"\n`,
      });
    }
  });

  it("keeps today's shape for a board of one journey", async () => {
    const result = await runCli(["analyze", "one.json"], dir);
    const journey = JSON.parse(result.stdout);
    expect(Object.keys(journey)[0]).toBe("schemaVersion");
    expect(journey.journeys).toBeUndefined();
    expect(JourneySchema.parse(journey).placements).toHaveLength(18);
    expect(result.stderr).toMatch(
      /^Read 18 notes from a Miro board: 18 placed in 3 stages and 3 lanes, 0 read as headers, labels, legend or vote dots, 0 not placed \(stages from the header row, lanes from lane labels, default legend\)\.\n$/,
    );
    expect((await runCli(["analyze", "one.json", "--journey", "1"], dir)).stdout).toBe(
      result.stdout,
    );
  });

  it("says a vertical journey runs down the board", async () => {
    const result = await runCli(["analyze", "vertical.json"], dir);
    const journey = JourneySchema.parse(JSON.parse(result.stdout));
    expect(journey.orientation).toBe("vertical");
    expect(journey.stages.map((s) => s.title)).toEqual(STAGES);
    expect(result.stderr).toContain("default legend, running down the board).");
  });
});

describe("summarize, actions and export on a board of several journeys", () => {
  it("use the first journey and say so, or the one --journey picks", async () => {
    const first = await runCli(["summarize", "two.json", "--format", "json"], dir);
    expect(first.stderr).toBe(NOTE);
    expect(JourneySummarySchema.parse(JSON.parse(first.stdout)).stages).toHaveLength(3);
    const second = await runCli(
      ["summarize", "two.json", "--format", "json", "--journey", "2"],
      dir,
    );
    expect(second.stderr).toBe("");
    expect(JourneySummarySchema.parse(JSON.parse(second.stdout)).stages).toHaveLength(4);
  });

  it("say which journey they use in the language --lang asks for", async () => {
    const swedish = await runCli(["summarize", "two.json", "--lang", "sv"], dir);
    expect(swedish.stderr).toBe(
      'journey-mapper: obs: tavlan rymmer 2 kundresor (1 "Idag", 2 "Målbild"); det här är kundresa 1 (välj en annan med --journey N eller --journey TITEL)\n',
    );
    const danish = await runCli(["actions", "two.json", "--lang", "da"], dir);
    expect(danish.stderr).toBe(
      'journey-mapper: bemærk: tavlen rummer 2 kunderejser (1 "Idag", 2 "Målbild"); dette er kunderejse 1 (vælg en anden med --journey N eller --journey TITEL)\n',
    );
    const exported = await runCli(["export", "two.json", "--to", "json", "--lang", "sv"], dir);
    expect(exported.stderr).toBe(
      'journey-mapper: obs: tavlan rymmer 2 kundresor (1 "Idag", 2 "Målbild"); det här är kundresa 1 (välj en annan med --journey N eller --journey TITEL)\n',
    );
  });

  it("lists the actions of the journey picked", async () => {
    const asIs = await runCli(["actions", "two.json", "--format", "json"], dir);
    const toBe = await runCli(
      ["actions", "two.json", "--format", "json", "--journey", "Målbild"],
      dir,
    );
    expect(asIs.stderr).toBe(NOTE);
    const planned = (text: string) =>
      ActionListSchema.parse(JSON.parse(text)).actions.filter((a) => a.status === "planned");
    expect(planned(asIs.stdout)).toHaveLength(0);
    // The two action notes of a stage ("action 1.0", "action 1.1") are one action with a vote.
    expect(planned(toBe.stdout).map((a) => a.stageTitle)).toEqual([...STAGES, "Använda"]);
  });

  it("exports the journey picked, and refuses one the board does not hold", async () => {
    const json = await runCli(["export", "two.json", "--to", "json", "--journey", "2"], dir);
    expect(json.stderr).toBe("");
    expect(JourneySchema.parse(JSON.parse(json.stdout)).header.title).toBe("Målbild");
    const noted = await runCli(["export", "two.json", "--to", "json"], dir);
    expect(noted.stderr).toBe(NOTE);
    expect(await runCli(["export", "two.json", "--to", "json", "--journey", "5"], dir)).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'journey-mapper: --journey: "5" is not a journey on this board; give the number or title of one of: 1 "Idag", 2 "Målbild"\n',
    });
  });
});
