import { describe, expect, it } from "vitest";
import { rowsDrawn } from "./rows-drawn";
import type { RowShape } from "./rows-from-shapes";

const H = 200;
const shape = (start: number, end: number, kind: RowShape["kind"] = null): RowShape => ({
  id: `shape-${start}`,
  band: { start, end },
  kind,
  title: kind,
  confidence: kind ? 1 : 0,
});

describe("rows as the board draws them", () => {
  it("tiles the clusters' rows, meeting halfway across the gaps", () => {
    const rows = rowsDrawn(
      [
        { start: 0, end: 200 },
        { start: 300, end: 700 },
      ],
      [],
      [],
      H,
    );
    expect(rows.map((r) => r.band)).toEqual([
      { start: 0, end: 250 },
      { start: 250, end: 700 },
    ]);
  });

  it("parts a cluster where a rule runs through it, and meets at the rule", () => {
    const rows = rowsDrawn(
      [
        { start: 0, end: 620 },
        { start: 700, end: 900 },
      ],
      [310, 680],
      [],
      H,
    );
    expect(rows.map((r) => r.band)).toEqual([
      { start: 0, end: 310 },
      { start: 310, end: 680 },
      { start: 680, end: 900 },
    ]);
  });

  it("ignores a rule grazing a cluster's edge, where notes overhang it", () => {
    const rows = rowsDrawn([{ start: 0, end: 420 }], [400], [], H);
    expect(rows).toHaveLength(1);
  });

  it("joins the clusters one shape holds and parts a cluster two shapes share", () => {
    const rows = rowsDrawn(
      [
        { start: 10, end: 100 },
        { start: 160, end: 250 },
        { start: 300, end: 800 },
      ],
      [],
      [shape(0, 280), shape(290, 540), shape(550, 810)],
      H,
    );
    expect(rows.map((r) => r.band)).toEqual([
      { start: 0, end: 285 },
      { start: 285, end: 540 },
      { start: 540, end: 810 },
    ]);
    expect(rows.map((r) => r.shape?.band.start)).toEqual([0, 290, 550]);
  });

  it("keeps a named shape holding no notes as an empty row, and drops an unnamed one", () => {
    const rows = rowsDrawn(
      [{ start: 0, end: 200 }],
      [],
      [shape(300, 500, "pain"), shape(600, 800)],
      H,
    );
    expect(rows.map((r) => r.shape?.kind ?? null)).toEqual([null, "pain"]);
  });
});
