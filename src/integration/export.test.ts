import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { listActions } from "../core/actions/list-actions";
import { csvText } from "../core/export/csv-text";
import { exportJourney } from "../core/export/export-journey";
import { JourneySchema } from "../core/model/journey";
import { swedishJourney } from "../fixtures/journeys";
import { fakeGh, issueCreateCall } from "./trackers/fake-gh";

/** Notes that break careless exporters: commas, quotes, line breaks, emoji, åäö, æø, formulas. */
const journey = swedishJourney([
  [0, "pain", 'Priset "ungefär", inte exakt'],
  [0, "action", 'Ring kunden, "snabbt"\nsen mejla @åsa !hög due:2027-01-15'],
  [0, "action", "=SUM(A1:A3) räkna om fraktpriset"],
  [1, "pain", "Ventetid på 40 min 😡"],
  [1, "action", "🚀 Ændr fragtpris på siden @søren"],
  [1, "opportunity", "+1 för chatt, -1 för telefonkö"],
  [2, "pain", "@kundtjänst svarar inte"],
]);
const actions = listActions(journey, "sv").actions;

function csv(text: string): Record<string, string>[] {
  return parse(text, {
    bom: true,
    columns: (header: string[]) =>
      header.map((h, i) => (header.indexOf(h) === i ? h : `${h}#${i}`)),
    record_delimiter: "\r\n",
  });
}

describe("tracker CSV, read back by csv-parse", () => {
  it("Jira: every field as written, epics first when asked, formulas left as they are in tracker mode", () => {
    const rows = csv(exportJourney(journey, "jira", { language: "sv", epics: true }));
    const epics = rows.filter((r) => r["Issue Type"] === "Epic");
    expect(epics.map((r) => [r["Issue ID"], r.Summary])).toEqual([
      ["1", "Behov"],
      ["2", "Köp"],
      ["3", "Leverans"],
    ]);
    expect(rows.findIndex((r) => r["Issue Type"] === "Task")).toBe(epics.length);
    const tasks = rows.filter((r) => r["Issue Type"] === "Task");
    expect(tasks.map((r) => r.Summary)).toEqual(actions.map((a) => a.title));
    // A title is one line; the note's line break becomes a space.
    const ring = tasks.find((r) => r.Summary?.startsWith("Ring kunden"));
    expect(ring).toMatchObject({
      Parent: "1",
      "Issue ID": "4",
      Priority: "High",
      "Due date": "2027-01-15",
      Summary: 'Ring kunden, "snabbt" sen mejla',
      // No people map: unassigned, the owner named in the description.
      Assignee: "",
    });
    // Jira's wiki markup escaped: a backslash before - @ ( ).
    expect(ring?.Description).toContain(
      'Fas: Behov\nLöser: Priset "ungefär", inte exakt\nÄgare: \\@åsa\nSenast: 2027\\-01\\-15',
    );
    expect(ring?.Description).toMatch(/Från kundresetavlan: act\\-[0-9a-z]+ \\\(n2\\\)$/);
    expect(tasks.some((r) => r.Summary === "=SUM(A1:A3) räkna om fraktpriset")).toBe(true);
  });

  it("Linear: spreadsheet-safe by default, labels joined with a comma and a space", () => {
    const rows = csv(exportJourney(journey, "linear", { language: "sv" }));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "Title",
      "Description",
      "Priority",
      "Status",
      "Assignee",
      "Labels",
    ]);
    expect(rows.find((r) => r.Title?.startsWith("'=SUM"))?.Title).toBe(
      "'=SUM(A1:A3) räkna om fraktpriset",
    );
    expect(rows.find((r) => r.Title?.includes("Ændr"))).toMatchObject({
      Title: "🚀 Ændr fragtpris på siden",
      Assignee: "",
      Status: "Todo",
    });
    expect(rows.find((r) => r.Title?.includes("+1 för chatt"))).toMatchObject({
      Title: "'+1 för chatt, -1 för telefonkö",
      Status: "Backlog",
      Labels: "journey-mapper, stage-köp, idea",
    });
  });

  it("Asana and Azure DevOps: the columns their importers read", () => {
    const asana = csv(exportJourney(journey, "asana", { language: "sv", bom: true }));
    expect(Object.keys(asana[0] ?? {})).toEqual([
      "Name",
      "Description",
      "Assignee",
      "Due Date",
      "Section",
      "Tags",
      "Priority",
    ]);
    expect(asana.find((r) => r.Name?.startsWith("Ring"))).toMatchObject({
      Assignee: "",
      "Due Date": "01/15/2027",
      Section: "Behov",
      Priority: "High",
    });
    const azure = csv(exportJourney(journey, "azure", { language: "sv", mode: "spreadsheet" }));
    expect(azure.find((r) => r.Title?.startsWith("Ring"))).toMatchObject({
      "Work Item Type": "Task",
      Priority: "1",
      Tags: "journey-mapper; stage-behov",
    });
    expect(azure.find((r) => r.Title?.startsWith("Ring"))?.Description).toMatch(
      /^Fas: Behov<br>Löser: Priset "ungefär", inte exakt<br>Ägare: @åsa<br>Senast: 2027-01-15<br>Från kundresetavlan: act-[0-9a-z]+ \(n2\)$/,
    );
    expect(azure.find((r) => r.Title?.includes("SUM"))?.Title).toBe(
      "'=SUM(A1:A3) räkna om fraktpriset",
    );
  });

  it("writes RFC 4180: CRLF line ends, quoted fields, a BOM only when asked", () => {
    const text = exportJourney(journey, "asana", { language: "sv" });
    expect(text.startsWith("\uFEFF")).toBe(false);
    expect(text.split("\r\n")[0]).toBe("Name,Description,Assignee,Due Date,Section,Tags,Priority");
    expect(text).toContain("Ring kunden,");
    expect(text).toContain(
      '"Ring kunden, ""snabbt"" sen mejla","Fas: Behov\r\n'.replace("\r\n", "\n"),
    );
    expect(
      exportJourney(journey, "asana", { language: "sv", bom: true }).startsWith("\uFEFF"),
    ).toBe(true);
  });
});

describe("GitHub", () => {
  it("writes REST issue bodies as JSON, no @mention left to ping anyone", () => {
    const issues = JSON.parse(exportJourney(journey, "github", { language: "sv" }));
    expect(issues.map((i: { title: string }) => i.title)).toEqual(
      actions.map((a) => a.title.replace("@", "@\u200D")),
    );
    expect(issues[0]).toEqual({
      title: 'Ring kunden, "snabbt" sen mejla',
      body: expect.stringContaining("Fas: Behov"),
      labels: ["journey-mapper", "stage-behov", "priority-high"],
    });
    expect(issues[0].body).toContain("Ägare: @\u200Dåsa");
  });

  it("writes a gh script whose every argument arrives intact, whatever the note says", () => {
    const gh = fakeGh();
    const script = join(gh.dir, "issues.sh");
    writeFileSync(script, exportJourney(journey, "gh-script", { language: "sv" }));
    execFileSync("bash", [script, "--repo", "team/journeys"], {
      env: { ...process.env, PATH: `${gh.dir}:${process.env.PATH}` },
    });
    const calls = gh.calls();
    const creates = calls.filter((c) => c[0] === "issue");
    const expected = JSON.parse(exportJourney(journey, "github", { language: "sv" })) as {
      title: string;
      body: string;
      labels: string[];
    }[];
    expect(creates).toEqual(expected.map((issue) => issueCreateCall(issue, "team/journeys")));
    expect(calls.filter((c) => c[0] === "label")).toEqual([
      [
        "label",
        "list",
        "--limit",
        "1000",
        "--json",
        "name",
        "--jq",
        ".[].name",
        "--repo",
        "team/journeys",
      ],
      ...[
        "journey-mapper",
        "stage-behov",
        "priority-high",
        "stage-köp",
        "idea",
        "stage-leverans",
        "suggestion",
      ].map((label) => ["label", "create", label, "--repo", "team/journeys"]),
    ]);
  });
});

describe("the journey", () => {
  it("writes JSON that parses back through the model", () => {
    const parsed = JourneySchema.parse(JSON.parse(exportJourney(journey, "json")));
    expect(parsed).toEqual(journey);
  });

  it("writes user stories from opportunities, and from pains no opportunity answers", () => {
    expect(exportJourney(journey, "stories", { language: "sv" }).trim().split("\n")).toEqual([
      'Som kund i Behov vill jag slippa ”Priset "ungefär", inte exakt” så att Behov fungerar för mig.',
      "Som kund i Köp vill jag ha ”+1 för chatt, -1 för telefonkö” så att ”Ventetid på 40 min 😡” inte längre står i vägen.",
      "Som kund i Leverans vill jag slippa ”@kundtjänst svarar inte” så att Leverans fungerar för mig.",
    ]);
  });
});

describe("Markdown, read back by marked", () => {
  it("writes a report whose tables hold the notes, the feelings and the actions", async () => {
    const { lexer } = await import("marked");
    const tokens = lexer(exportJourney(journey, "markdown", { language: "sv" }));
    const tables = tokens.filter((t) => t.type === "table") as unknown as {
      header: { text: string }[];
      rows: { text: string }[][];
    }[];
    const [lanes, summary, curve] = tables;
    expect(lanes?.header.map((h) => h.text)).toEqual(["", "Behov", "Köp", "Leverans"]);
    expect(lanes?.rows.map((row) => row[0]?.text)).toEqual([
      "**Kundsteg**",
      "**Känslor**",
      "**Smärtpunkter**",
      "**Glädjeämnen**",
      "**Möjligheter**",
      "**Åtgärder**",
      "**KPI:er**",
    ]);
    const painRow = lanes?.rows.find((row) => row[0]?.text === "**Smärtpunkter**");
    expect(painRow?.map((c) => c.text)).toEqual([
      "**Smärtpunkter**",
      'Priset "ungefär", inte exakt',
      "Ventetid på 40 min 😡",
      "@kundtjänst svarar inte",
    ]);
    expect(summary?.header.map((h) => h.text)).toEqual([
      "Faser",
      "Största smärtpunkter",
      "Glädjeämnen",
      "Känslor",
      "KPI:er",
    ]);
    expect(curve?.rows[0]?.map((c) => c.text)).toEqual(["**Känslor**", "−2,0", "−2,0", "−2,0"]);
    const checklist = tokens
      .filter((t) => t.type === "list")
      .flatMap((t) => (t as unknown as { items: { task: boolean; text: string }[] }).items);
    expect(checklist.filter((i) => i.task).map((i) => i.text.split("\n")[0])).toEqual([
      'Ring kunden, "snabbt" sen mejla (!hög, ägare @åsa, senast 2027-01-15)',
      "=SUM(A1:A3) räkna om fraktpriset",
      "🚀 Ændr fragtpris på siden (ägare @søren)",
      "+1 för chatt, -1 för telefonkö (*idé*)",
      "Förslag: hitta ett sätt att lösa ”@kundtjänst svarar inte” i Leverans (*förslag*)",
    ]);
  });
});

describe("the action list on its own", () => {
  it("writes a checklist grouped by stage that marked reads as headings and task lists", async () => {
    const { lexer } = await import("marked");
    const tokens = lexer(exportJourney(journey, "checklist", { language: "sv" }));
    const outline = tokens.flatMap((t) =>
      t.type === "heading"
        ? [`${"#".repeat(t.depth)} ${t.text}`]
        : t.type === "list"
          ? (t as unknown as { items: { task: boolean; text: string }[] }).items.map(
              (i) => `${i.task ? "[ ]" : "-"} ${i.text.split("\n")[0]}`,
            )
          : [],
    );
    expect(outline).toEqual([
      "# Åtgärder",
      "## Behov",
      '[ ] Ring kunden, "snabbt" sen mejla (!hög, ägare @åsa, senast 2027-01-15)',
      "[ ] =SUM(A1:A3) räkna om fraktpriset",
      "## Köp",
      "[ ] 🚀 Ændr fragtpris på siden (ägare @søren)",
      "[ ] +1 för chatt, -1 för telefonkö (*idé*)",
      "## Leverans",
      "[ ] Förslag: hitta ett sätt att lösa ”@kundtjänst svarar inte” i Leverans (*förslag*)",
    ]);
  });

  it("writes the action list as JSON, field for field", () => {
    const parsed = JSON.parse(exportJourney(journey, "actions", { language: "sv" }));
    expect(parsed).toEqual(listActions(journey, "sv"));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.actions[0]).toMatchObject({
      title: 'Ring kunden, "snabbt" sen mejla',
      stageTitle: "Behov",
      owner: "åsa",
      due: "2027-01-15",
      priority: "high",
    });
  });
});

describe("notes of several lines", () => {
  const multi = swedishJourney([
    [0, "pain", "Priset\nför högt"],
    [1, "pain", '=HYPERLINK("x")\nklicka'],
    [1, "opportunity", "Visa priset\r\ntidigt"],
  ]);
  multi.stages[0] = { ...(multi.stages[0] as (typeof multi.stages)[0]), title: "=Be\nhov" };

  it("keep titles, stage names and stories on one line", () => {
    const list = listActions(multi, "sv").actions;
    expect(list.map((a) => [a.title, a.stageTitle])).toEqual([
      ["Förslag: hitta ett sätt att lösa ”Priset för högt” i =Be hov", "=Be hov"],
      ["Visa priset tidigt", "Köp"],
    ]);
    expect(exportJourney(multi, "stories", { language: "sv" }).trim().split("\n")).toEqual([
      "Som kund i =Be hov vill jag slippa ”Priset för högt” så att =Be hov fungerar för mig.",
      'Som kund i Köp vill jag ha ”Visa priset tidigt” så att ”=HYPERLINK("x") klicka” inte längre står i vägen.',
    ]);
    const epics = csv(
      exportJourney(multi, "jira", { language: "sv", epics: true, mode: "spreadsheet" }),
    );
    expect(epics.filter((r) => r["Issue Type"] === "Epic").map((r) => r.Summary)).toEqual([
      "'=Be hov",
      "Köp",
    ]);
  });

  it("guard a formula in spreadsheet mode even when the cell holds a line break", () => {
    const text = csvText(["A", "B"], [['=HYPERLINK("x")\nklicka', "@kundtjänst\r\nsvarar"]], {
      mode: "spreadsheet",
    });
    expect(csv(text)).toEqual([{ A: '\'=HYPERLINK("x")\nklicka', B: "'@kundtjänst\r\nsvarar" }]);
    const plain = csvText(["A"], [["=1+1\n2"]], { mode: "tracker" });
    expect(csv(plain)).toEqual([{ A: "=1+1\n2" }]);
  });
});
