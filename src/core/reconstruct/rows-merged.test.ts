import { describe, expect, it } from "vitest";
import type { GridRow } from "./grid";
import { mergedAlike } from "./rows-merged";

const row = (kind: GridRow["kind"], start: number, fields: Partial<GridRow> = {}): GridRow => ({
  kind,
  title: null,
  band: { start, end: start + 100 },
  trust: 0.85,
  ...fields,
});

describe("neighbouring rows that read alike", () => {
  it("are one row: a label's and the lines in its colour under it, with the label's trust", () => {
    const rows = mergedAlike([
      row("pain", 0, { title: "Pain points", trust: 0.95 }),
      row("pain", 100),
      row("gain", 200),
      row("gain", 300),
    ]);
    expect(rows).toEqual([
      { kind: "pain", title: "Pain points", band: { start: 0, end: 200 }, trust: 0.95 },
      { kind: "gain", title: null, band: { start: 200, end: 400 }, trust: 0.85 },
    ]);
  });

  it("stay apart where they read differently: other lanes, by colour, or two titles", () => {
    const rows = mergedAlike([
      row("pain", 0),
      row("pain", 100, { byColour: true }),
      row("gain", 200, { title: "Gains" }),
      row("gain", 300, { title: "Wow moments" }),
    ]);
    expect(rows).toHaveLength(4);
  });
});
