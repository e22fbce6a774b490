import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvText } from "./csv-text";

const readBack = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

/** Cells that test quoting; the expected bytes are what Papa Parse 5.7 wrote for them. */
const SAME_AS_PAPA: [cell: string, written: string][] = [
  ['say "hi"', '"say ""hi"""'],
  ["a,b", '"a,b"'],
  ["line\rbreak", '"line\rbreak"'],
  ["line\nbreak", '"line\nbreak"'],
  ["line\r\nbreak", '"line\r\nbreak"'],
  ["emoji 😀 åäö", "emoji 😀 åäö"],
  ["", ""],
  ["plain", "plain"],
];

describe("csvText", () => {
  it.each(SAME_AS_PAPA)("writes %j as Papa Parse did", (cell, written) => {
    for (const mode of ["tracker", "spreadsheet"] as const) {
      const text = csvText(["h", "i"], [[cell, "x"]], { mode });
      expect(text).toBe(`h,i\r\n${written},x\r\n`);
      expect(readBack(text)).toEqual([
        ["h", "i"],
        [cell, "x"],
      ]);
    }
  });

  it("leaves formula-like cells as they are for trackers", () => {
    const cells = ["=SUM(A1)", "+1", "-1", "@x", "\tt", "\rr", "=a,b"];
    const text = csvText(["h"], [cells], { mode: "tracker" });
    expect(text).toBe('h\r\n=SUM(A1),+1,-1,@x,\tt,"\rr","=a,b"\r\n');
    expect(readBack(text)[1]).toEqual(cells);
  });

  it("puts a ' before formula-like cells for spreadsheets, quoting only what RFC 4180 needs", () => {
    // Papa Parse also quoted every guarded cell ("'=SUM(A1)"); a reader gets the same value.
    const cells = ["=SUM(A1)", "+1", "-1", "@x", "\tt", "\rr", "=a,b", '=HYPERLINK("x")\nklicka'];
    const text = csvText(["=h"], [cells], { mode: "spreadsheet" });
    expect(text).toBe(
      '\'=h\r\n\'=SUM(A1),\'+1,\'-1,\'@x,\'\tt,"\'\rr","\'=a,b","\'=HYPERLINK(""x"")\nklicka"\r\n',
    );
    expect(readBack(text)[1]).toEqual(cells.map((cell) => `'${cell}`));
  });

  it("guards only a cell's first character, not the start of its later lines", () => {
    const text = csvText(["h"], [["ok\n=1+1"]], { mode: "spreadsheet" });
    expect(text).toBe('h\r\n"ok\n=1+1"\r\n');
  });

  it("keeps spaces at the edges of a cell without quoting them", () => {
    // Papa Parse quoted these; RFC 4180 says spaces are part of the field, and readers keep them.
    const text = csvText(["h", "i"], [[" leading", "trailing "]], { mode: "tracker" });
    expect(text).toBe("h,i\r\n leading,trailing \r\n");
    expect(readBack(text)[1]).toEqual([" leading", "trailing "]);
  });

  it("ends every line with CRLF, a header-only file too, and starts with a BOM when asked", () => {
    expect(csvText(["A", "B"], [], { mode: "tracker" })).toBe("A,B\r\n");
    expect(csvText(["A", "B"], [], { mode: "tracker", bom: true })).toBe("\uFEFFA,B\r\n");
    expect(
      csvText(
        ["A", "B"],
        [
          ["1", "2"],
          ["", ""],
        ],
        { mode: "tracker" },
      ),
    ).toBe("A,B\r\n1,2\r\n,\r\n");
  });
});
