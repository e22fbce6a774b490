import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Journey, JourneySchema } from "../core/model/journey";
import { main } from "./main";
import { runCli } from "./run-cli";

// Hostile, broken and odd files given to the command line: each is read right or refused on one
// line that says what is wrong, and nothing printed carries a control character but line ends.

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-bad-input-"));
});

/** Writes a file into the test folder and runs `analyze` on it, extra arguments after. */
async function analyze(name: string, content: string | Buffer, ...args: string[]) {
  await writeFile(join(dir, name), content);
  const result = await runCli(["analyze", name, ...args], dir);
  // A terminal acts on every control character but the line end: none may come out raw.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  if (result.code !== 0) expect(result.stdout).toBe("");
  return result;
}

/** The journey printed, checked against its own schema. */
function journeyOf(stdout: string): Journey {
  return JourneySchema.parse(JSON.parse(stdout));
}

const SUMMARY_OF_NOTHING =
  "Read 0 notes from a Miro board: 0 placed in 0 stages and 0 lanes, 0 read as headers, labels, legend or vote dots, 0 not placed (the board has no notes, default legend).\n";

function sticky(id: string, x: number, width = 100, more: object = {}) {
  return {
    id,
    type: "sticky_note",
    data: { content: `note ${id}` },
    position: { x, y: 0 },
    geometry: { width, height: 100 },
    ...more,
  };
}

/** A FigJam file whose one note lies inside `depth` groups, written as text (no recursion). */
function deepFigmaFile(depth: number, leaf: string, wrapper = "GROUP"): string {
  const box = '"absoluteBoundingBox":{"x":0,"y":0,"width":1000,"height":1000}';
  let open = "";
  for (let i = 0; i < depth; i++) open += `{"id":"g${i}","type":"${wrapper}",${box},"children":[`;
  const page = `{"id":"0:1","type":"CANVAS","name":"Page","children":[${open}${leaf}${"]}".repeat(depth)}]}`;
  return `{"name":"Deep","document":{"id":"0:0","type":"DOCUMENT","children":[${page}]}}`;
}
const DEEP_NOTE =
  '{"id":"n","type":"STICKY","characters":"deep note","absoluteBoundingBox":{"x":0,"y":0,"width":100,"height":100}}';

describe("deep trees", () => {
  it.each([5_000, 100_000])("reads the note inside %i nested groups", async (depth) => {
    const result = await analyze(`deep-${depth}.json`, deepFigmaFile(depth, DEEP_NOTE));
    expect(result.code).toBe(0);
    expect(journeyOf(result.stdout).notes.map((n) => n.text)).toEqual(["deep note"]);
  });

  it("reads the note inside 100,000 nested sections", async () => {
    const result = await analyze("sections.json", deepFigmaFile(100_000, DEEP_NOTE, "SECTION"));
    expect(result.code).toBe(0);
    expect(journeyOf(result.stdout).notes.map((n) => n.text)).toEqual(["deep note"]);
  });

  it("reads a note inside 100,000 nested Miro frames, listed innermost first", async () => {
    const frames = Array.from({ length: 100_000 }, (_, i) => ({
      id: `f${i}`,
      type: "frame",
      position: { x: 10, y: 10, ...(i > 0 ? { relativeTo: "parent_top_left" } : {}) },
      geometry: { width: 1000, height: 1000 },
      ...(i > 0 ? { parent: { id: `f${i - 1}` } } : {}),
    }));
    const note = sticky("n", 5, 100, { parent: { id: "f99999" } });
    const result = await analyze(
      "frames.json",
      JSON.stringify({ data: [note, ...frames.reverse()] }),
    );
    expect(result.code).toBe(0);
    const [read] = journeyOf(result.stdout).notes;
    expect([read?.id, read?.x]).toEqual(["n", 10 - 490 * 99_999 - 495]);
    expect(result.stderr).not.toContain("note:");
  });

  it("names a bad node 5,000 levels down by the ends of its path", async () => {
    const result = await analyze("deep-bad.json", deepFigmaFile(5_000, '{"id":5,"type":"STICKY"}'));
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "journey-mapper: deep-bad.json: This Figma file cannot be read: document.children[0].children[0].children…(9994 keys deeper)…[0].children[0].children[0].id: expected string, received number\n",
    });
  });
});

describe("geometry beyond any board", () => {
  it("lists notes near the largest double as not placed, and the journey keeps its schema", async () => {
    const board = {
      data: [
        sticky("1", 1e308, 1e308),
        sticky("2", -1e308, 1e308),
        sticky("3", 0),
        sticky("4", 500),
      ],
    };
    const result = await analyze("huge.json", JSON.stringify(board));
    expect(result.code).toBe(0);
    const journey = journeyOf(result.stdout);
    expect(journey.unplaced.map((u) => u.noteId).sort()).toEqual(["1", "2"]);
    expect(new Set(journey.unplaced.map((u) => u.reason))).toEqual(
      new Set([
        "the board file gives it no place on the board (none, or one beyond any board), so it cannot be placed",
      ]),
    );
    expect(journey.placements.map((p) => p.noteId).sort()).toEqual(["3", "4"]);
    expect(result.stderr.split("\n")[0]).toBe(
      "journey-mapper: note: 2 items lie beyond any board (sticky_note 1: x 1e+308; a board reaches ±1,000,000,000): notes among them are listed as not placed, the rest left out",
    );
  });

  it("leaves out a FigJam shape whose size overflows, and keeps the journey's schema", async () => {
    const shape = {
      id: "s",
      type: "SHAPE_WITH_TEXT",
      characters: "Stage",
      absoluteBoundingBox: { x: 1e308, y: 0, width: 1e308, height: 10 },
    };
    const file = {
      document: {
        type: "DOCUMENT",
        children: [{ id: "0:1", type: "CANVAS", children: [shape, JSON.parse(DEEP_NOTE)] }],
      },
    };
    const result = await analyze("figma-huge.json", JSON.stringify(file));
    expect(result.code).toBe(0);
    expect(journeyOf(result.stdout).notes.map((n) => n.id)).toEqual(["n"]);
    expect(result.stderr.split("\n")[0]).toBe(
      "journey-mapper: note: 1 item lies beyond any board (SHAPE_WITH_TEXT s: x 1.5e+308; a board reaches ±1,000,000,000): notes among them are listed as not placed, the rest left out",
    );
  });

  it.each([
    [
      '{"data":[{"id":"1","type":"sticky_note","position":{"x":1e400,"y":0}}]}',
      "received Infinity",
    ],
    [
      '{"data":[{"id":"1","type":"sticky_note","position":{"x":"1e400","y":0}}]}',
      "received string",
    ],
  ])("refuses a position that overflows: %s", async (text, received) => {
    const result = await analyze("overflow.json", text);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `journey-mapper: overflow.json: This Miro REST items file has an item it cannot read: data[0].position.x: expected number, ${received}\n`,
    );
  });
});

describe("control characters", () => {
  it("says where a file is not JSON without echoing its bytes", async () => {
    const result = await analyze("title.json", "\u001b]0;owned\u0007 hello");
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "journey-mapper: title.json: not valid JSON at line 1, column 1: a value was expected, found '\\u{1b}'; fix the file there or export it again\n",
    });
  });

  it("shows an escape in a file's name as an escape", async () => {
    const result = await analyze("a\u001b[31m.json", '{"data": [}');
    expect(result.stderr).toBe(
      "journey-mapper: a\\u{1b}[31m.json: not valid JSON at line 1, column 11: a value was expected, found '}'; fix the file there or export it again\n",
    );
  });

  it("shows escapes in ids as escapes in its notes", async () => {
    const board = { data: [sticky("\u001b[2J", 0), sticky("\u001b[2J", 200)] };
    const result = await analyze("ids.json", JSON.stringify(board));
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      "journey-mapper: note: 2 items share the id \\u{1b}[2J; all are read, the later ones as \\u{1b}[2J~2 and on",
    );
  });
  it("shows a note's escapes as escapes on a terminal, and writes them as they are to a pipe", async () => {
    const board = { data: [sticky("1", 0, 100, { data: { content: "\u001b]0;owned\u0007 hi" } })] };
    await writeFile(join(dir, "note.json"), JSON.stringify(board));
    const seen = (terminal: boolean) => {
      let stdout = "";
      const io = {
        stdout: (t: string) => {
          stdout += t;
        },
        stderr: () => {},
        cwd: dir,
        terminal,
      };
      return main(["analyze", "note.json", "--format", "md"], io).then(() => stdout);
    };
    expect(await seen(true)).toContain("- \\u{1b}\\]0;owned\\u{7} hi (stage Stage 1, no lane)");
    expect(await seen(false)).toContain("- \u001b\\]0;owned\u0007 hi (stage Stage 1, no lane)");
  });
});

describe("legend files", () => {
  const board = JSON.stringify({ data: [sticky("1", 0)] });

  it("quotes a colour it does not know and says which it likely is", async () => {
    const legend = { schemaVersion: 1, entries: [{ colour: "miro:purple", meaning: "pain" }] };
    await writeFile(join(dir, "legend.json"), JSON.stringify(legend));
    const result = await analyze("board.json", board, "--legend", "legend.json");
    expect(result.stderr).toBe(
      'journey-mapper: legend.json: entries[0].colour: "miro:purple" is not a colour; use miro:<name> (gray, light_yellow, yellow, orange, light_green, green, dark_green, cyan, light_pink, pink, violet, red, light_blue, blue, dark_blue, black) or figjam:<name> (white, gray, green, teal, blue, violet, pink, red, orange, yellow); did you mean "miro:violet"?\n',
    );
    expect(result.code).toBe(1);
  });

  it("lists the meanings for one it does not know", async () => {
    const legend = { schemaVersion: 1, entries: [{ colour: "miro:red", meaning: "pains" }] };
    await writeFile(join(dir, "legend.json"), JSON.stringify(legend));
    const result = await analyze("board.json", board, "--legend", "legend.json");
    expect(result.stderr).toBe(
      'journey-mapper: legend.json: entries[0].meaning: "pains" is not a meaning; use one of step, touchpoint, thought, emotion, pain, gain, opportunity, action, kpi, question, stage-header, none; did you mean "pain"?\n',
    );
  });

  it("never writes its output over a file it reads, and leaves that file as it was", async () => {
    await writeFile(join(dir, "legend.json"), JSON.stringify({ schemaVersion: 1, entries: [] }));
    const refused = [
      ["analyze", "board.json", "--out", "board.json"],
      ["summarize", "board.json", "--out", "./board.json"],
      ["actions", "board.json", "--legend", "legend.json", "--out", "legend.json"],
      ["export", "board.json", "--to", "jira", "--out", "board.json"],
      ["template", "--stages", "A,B", "--legend", "legend.json", "--out", "legend.json"],
    ];
    await writeFile(join(dir, "board.json"), board);
    for (const args of refused) {
      const result = await runCli(args, dir);
      const what = args.includes("--legend") ? "legend" : "board";
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `journey-mapper: --out "${args.at(-1)}" is the ${what} file it reads; write the output to another file\n`,
      });
    }
    expect(await readFile(join(dir, "board.json"), "utf8")).toBe(board);
  });

  it("says which field a legend lacks and what it takes, and guesses a mistyped colour", async () => {
    const lacking = { schemaVersion: 1, entries: [{ colour: "miro:red" }] };
    await writeFile(join(dir, "legend.json"), JSON.stringify(lacking));
    expect((await analyze("board.json", board, "--legend", "legend.json")).stderr).toBe(
      "journey-mapper: legend.json: entries[0].meaning is missing; use one of step, touchpoint, thought, emotion, pain, gain, opportunity, action, kpi, question, stage-header, none\n",
    );
    await writeFile(join(dir, "legend.json"), JSON.stringify({ entries: [] }));
    expect((await analyze("board.json", board, "--legend", "legend.json")).stderr).toBe(
      "journey-mapper: legend.json: schemaVersion is missing; it must be 1\n",
    );
    const typo = { schemaVersion: 1, entries: [{ colour: "miro:yelow", meaning: "pain" }] };
    await writeFile(join(dir, "legend.json"), JSON.stringify(typo));
    expect((await analyze("board.json", board, "--legend", "legend.json")).stderr).toMatch(
      /^journey-mapper: legend\.json: entries\[0\]\.colour: "miro:yelow" is not a colour; use .*; did you mean "miro:yellow"\?\n$/,
    );
  });

  it("reads a legend of no colours with a note, by the default", async () => {
    await writeFile(join(dir, "legend.json"), JSON.stringify({ schemaVersion: 1, entries: [] }));
    const result = await analyze("board.json", board, "--legend", "legend.json");
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      "journey-mapper: note: legend.json names no colours, so it changes none",
    );
    // The summary says the same: no user legend was used.
    expect(result.stderr.split("\n")[1]).toMatch(/, default legend\)\.$/);
  });

  it("changes only the colours a legend names", async () => {
    const legend = { schemaVersion: 1, entries: [{ colour: "miro:red", meaning: "gain" }] };
    await writeFile(join(dir, "legend.json"), JSON.stringify(legend));
    const two = {
      data: [
        sticky("red", 0, 100, { style: { fillColor: "red" } }),
        sticky("violet", 0, 100, { style: { fillColor: "violet" }, position: { x: 0, y: 400 } }),
      ],
    };
    const result = await analyze("two.json", JSON.stringify(two), "--legend", "legend.json");
    const lanes = journeyOf(result.stdout).placements.map((p) => [p.noteId, p.lane]);
    expect(lanes.sort()).toEqual([
      ["red", "gain"],
      ["violet", "thought"],
    ]);
  });

  it("draws a template in the legend's colours for the meanings it names, the default's for the rest", async () => {
    const legend = { schemaVersion: 1, entries: [{ colour: "miro:violet", meaning: "pain" }] };
    await writeFile(join(dir, "legend.json"), JSON.stringify(legend));
    const result = await runCli(["template", "--stages", "A", "--legend", "legend.json"], dir);
    const { data: items } = JSON.parse(result.stdout) as {
      data: {
        type: string;
        data?: { content?: string };
        style?: { fillColor?: string };
      }[];
    };
    const fill = (label: string) =>
      items.find((i) => i.type === "sticky_note" && i.data?.content === `<p>${label}</p>`)?.style
        ?.fillColor;
    expect([fill("Pain points"), fill("Gains"), fill("Customer steps")]).toEqual([
      "violet",
      "green",
      "yellow",
    ]);
  });
});

describe("empty paths and empty boards", () => {
  it("says a board file's path is empty", async () => {
    expect(await runCli(["analyze", ""], dir)).toEqual({
      code: 1,
      stdout: "",
      stderr: "journey-mapper: the board file's path is empty; give the path of a JSON file\n",
    });
  });

  it("refuses a device, which would never end, and a folder", async () => {
    expect((await runCli(["analyze", "/dev/zero"], dir)).stderr).toBe(
      "journey-mapper: /dev/zero: is a device, not a file; give the path of a JSON file\n",
    );
    expect((await runCli(["analyze", "."], dir)).stderr).toBe(
      "journey-mapper: .: is a folder, not a file; give the path of a JSON file in it\n",
    );
  });

  it.each(["--legend", "--out"])("refuses an empty %s on one line", async (option) => {
    const result = await runCli(["analyze", "board.json", option, ""], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^journey-mapper: option ${option} [^\\n]*\\n$`));
  });

  it.each([
    ["an empty list", "[]"],
    ["a page of no items", '{"data": []}'],
    ["pages of no items", '[{"data": []}, {"data": []}]'],
  ])("reads %s as an empty board, with a note", async (_, text) => {
    const result = await analyze("empty.json", text);
    expect(result.code).toBe(0);
    expect(journeyOf(result.stdout).notes).toEqual([]);
    expect(result.stderr).toBe(
      `journey-mapper: note: the board file holds no items: the journey read from it is empty\n${SUMMARY_OF_NOTHING}`,
    );
  });

  it("reads a FigJam file of no nodes as an empty board, with a note", async () => {
    const file = { document: { type: "DOCUMENT", children: [{ id: "0:1", type: "CANVAS" }] } };
    const result = await analyze("empty-figma.json", JSON.stringify(file));
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      "journey-mapper: note: the board file holds no items: the journey read from it is empty",
    );
  });
});

describe("odd files", () => {
  it.each([
    [
      "binary",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0xfd]),
      "is not text (not UTF-8 or UTF-16); give the JSON file itself",
    ],
    ["empty", "", "is empty; give a JSON file"],
    ["blank", " \n\t ", "is empty; give a JSON file"],
    [
      "cut short",
      '{"data": [{"id": "1"',
      "not valid JSON at line 1, column 21: the file ends before the JSON does; fix the file there or export it again",
    ],
    [
      "two BOMs",
      `\ufeff\ufeff[]`,
      "not valid JSON at line 1, column 1: a value was expected, found '\\u{feff}'; fix the file there or export it again",
    ],
    [
      "a NUL",
      "\u0000",
      "not valid JSON at line 1, column 1: a value was expected, found '\\u{0}'; fix the file there or export it again",
    ],
    [
      "a line break in a text",
      '{"data": ["a\nb"]}',
      "not valid JSON at line 1, column 13: a control character inside a text in quotes, found '\\u{a}'; fix the file there or export it again",
    ],
    [
      "no board",
      "{}",
      'This is not a board file. Expected a Miro REST items file (GET /v2/boards/{id}/items: { "data": [...] }, an array of pages, or an array of items) or a Figma REST file of a FigJam board (GET /v1/files/:key).',
    ],
    [
      "null",
      "null",
      'This is not a board file. Expected a Miro REST items file (GET /v2/boards/{id}/items: { "data": [...] }, an array of pages, or an array of items) or a Figma REST file of a FigJam board (GET /v1/files/:key).',
    ],
    [
      "an item without a type",
      '{"data": [{"id": "1"}]}',
      "This Miro REST items file has an item it cannot read: data[0].type: missing (expected string)",
    ],
    [
      "items of wrong types",
      '{"data": [{"id": {}, "type": 5}]}',
      "This Miro REST items file has an item it cannot read: data[0].id: not a value this field takes; data[0].type: expected string, received number",
    ],
    [
      "children that are no list",
      JSON.stringify({
        document: { type: "DOCUMENT", children: [{ id: "0:1", type: "CANVAS", children: "x" }] },
      }),
      "This Figma file cannot be read: document.children[0].children: expected array, received string",
    ],
  ])("refuses %s on one line", async (_, content, message) => {
    const result = await analyze("odd.json", content);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`journey-mapper: odd.json: ${message}\n`);
  });

  it.each([
    [
      "UTF-16 with a byte order mark",
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(JSON.stringify({ data: [sticky("1", 0)] }), "utf16le"),
      ]),
    ],
    ["UTF-16 without one", Buffer.from(JSON.stringify({ data: [sticky("1", 0)] }), "utf16le")],
    ["UTF-8 with a byte order mark", `\ufeff${JSON.stringify({ data: [sticky("1", 0)] })}`],
    [
      "a note of five million letters",
      JSON.stringify({ data: [sticky("1", 0, 100, { data: { content: "x".repeat(5_000_000) } })] }),
    ],
    [
      "a rotation near the largest double",
      JSON.stringify({
        data: [sticky("1", 0, 100, { geometry: { width: 100, height: 100, rotation: 1e308 } })],
      }),
    ],
    [
      "a fill whose red overflows",
      JSON.stringify({ data: [sticky("1", 0, 100, { style: { fillColor: "rgb(1e400,0,0)" } })] }),
    ],
    [
      "a font size that overflows",
      JSON.stringify({ data: [sticky("1", 0, 100, { style: { fontSize: "1e400" } })] }),
    ],
    [
      "a thousand unknown fields",
      JSON.stringify({
        data: [
          sticky(
            "1",
            0,
            100,
            Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])),
          ),
        ],
      }),
    ],
    [
      "a __proto__ key",
      '{"__proto__": {"x": 1}, "data": [{"id": "1", "type": "sticky_note", "data": {"content": "note 1"}, "position": {"x": 0, "y": 0}}]}',
    ],
  ])("reads a board of %s", async (_, content) => {
    const result = await analyze("odd.json", content);
    expect(result.code).toBe(0);
    expect(journeyOf(result.stdout).notes.map((n) => n.id)).toEqual(["1"]);
  });

  it("reads a note without a position and a FigJam shape without a box, saying what it left out", async () => {
    const file = {
      document: {
        type: "DOCUMENT",
        children: [
          {
            id: "0:1",
            type: "CANVAS",
            children: [
              { id: "1", type: "STICKY", characters: "a", absoluteBoundingBox: null },
              { id: "2", type: "SHAPE_WITH_TEXT", absoluteBoundingBox: null },
            ],
          },
        ],
      },
    };
    const result = await analyze("no-box.json", JSON.stringify(file));
    expect(result.code).toBe(0);
    expect(journeyOf(result.stdout).unplaced.map((u) => u.noteId)).toEqual(["1"]);
    expect(result.stderr.split("\n")[0]).toBe(
      "journey-mapper: note: shape_with_text 2 has no position and is left out",
    );
  });

  it("reads notes set straight in a FigJam document, on no page", async () => {
    const file = { document: { type: "DOCUMENT", children: [JSON.parse(DEEP_NOTE)] } };
    const result = await analyze("no-page.json", JSON.stringify(file));
    expect(result.code).toBe(0);
    expect(journeyOf(result.stdout).notes.map((n) => n.text)).toEqual(["deep note"]);
  });

  it("prints ten notes of a file with many odd items, and how many more there are", async () => {
    const file = (count: number) => ({
      document: {
        type: "DOCUMENT",
        children: [{ id: "0:1", type: "CANVAS", children: shapes.slice(0, count) }],
      },
    });
    const shapes = Array.from({ length: 5000 }, (_, i) => ({
      id: `s${i}`,
      type: "SHAPE_WITH_TEXT",
      absoluteBoundingBox: null,
    }));
    const result = await analyze("many.json", JSON.stringify(file(5000)));
    const lines = result.stderr.split("\n");
    expect(lines.slice(9, 11)).toEqual([
      "journey-mapper: note: shape_with_text s9 has no position and is left out",
      "journey-mapper: note: and 4991 more notes like these",
    ]);
    expect(lines.length).toBe(13);
    // As 5,000 shapes leave 4,991 notes unprinted, 10 leave one.
    const eleven = await analyze("eleven.json", JSON.stringify(file(10)));
    expect(eleven.stderr.split("\n")[10]).toBe("journey-mapper: note: and 1 more note like it");
  });

  it("reads frames that hold each other in a loop, saying so", async () => {
    const frame = (id: string, parent: string) => ({
      id,
      type: "frame",
      parent: { id: parent },
      position: { x: 0, y: 0 },
      geometry: { width: 10, height: 10 },
    });
    const board = {
      data: [frame("f1", "f2"), frame("f2", "f1"), sticky("n", 0, 100, { parent: { id: "f1" } })],
    };
    const result = await analyze("loop.json", JSON.stringify(board));
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      "journey-mapper: note: item f2 sits in frames that hold each other in a loop; its position is read as if on the board itself",
    );
  });
});
