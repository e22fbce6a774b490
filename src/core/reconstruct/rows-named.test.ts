import { describe, expect, it } from "vitest";
import type { LaneLabel } from "./lane-labels";
import type { DrawnRow } from "./rows-drawn";
import { nameRows } from "./rows-named";

const H = 200;
const row = (start: number, end: number, shape: DrawnRow["shape"] = null): DrawnRow => ({
  band: { start, end },
  shape,
});
const label = (kind: LaneLabel["kind"], y: number, height = 80, confidence = 1): LaneLabel => ({
  id: `label-${kind}-${y}`,
  kind,
  title: kind,
  confidence,
  x: -300,
  y,
  width: 250,
  height,
});

describe("labels naming the rows beside them", () => {
  it("names only the row a label stands beside; the others stay unnamed", () => {
    const rows = nameRows([row(0, 300), row(300, 600), row(600, 900)], [label("pain", 350)], [], H);
    expect(rows.map((r) => r.kind)).toEqual([null, "pain", null]);
    expect(rows[1]?.title).toBe("pain");
  });

  it("names a row by the label overlapping it most when the label's middle is beyond it", () => {
    const rows = nameRows([row(100, 400), row(400, 700)], [label("emotion", 60, 200)], [], H);
    expect(rows.map((r) => r.kind)).toEqual(["emotion", null]);
  });

  it("gives a label beside no notes a row of its own, near the grid only", () => {
    const rows = nameRows([row(0, 300)], [label("kpi", 450), label("gain", 2000)], [], H);
    expect(rows.map((r) => [r.kind, r.band])).toEqual([
      [null, { start: 0, end: 300 }],
      ["kpi", { start: 410, end: 490 }],
    ]);
  });

  it("parts a row beside labels of two lanes in the widest gap between them", () => {
    const gaps = [
      { start: 120, end: 130 },
      { start: 260, end: 330 },
    ];
    const rows = nameRows([row(0, 600)], [label("step", 50), label("touchpoint", 400)], gaps, H);
    expect(rows.map((r) => [r.kind, r.band])).toEqual([
      ["step", { start: 0, end: 295 }],
      ["touchpoint", { start: 295, end: 600 }],
    ]);
  });

  it("takes the surer of two labels of one lane, and a shape's words where no label stands", () => {
    const shape = {
      id: "s",
      band: { start: 300, end: 600 },
      kind: "gain" as const,
      title: "Gains",
      confidence: 1,
    };
    const rows = nameRows(
      [row(0, 300), row(300, 600, shape)],
      [label("pain", 100, 80, 0.7), { ...label("pain", 200), title: "Pain points" }],
      [],
      H,
    );
    expect(rows.map((r) => r.title)).toEqual(["Pain points", "Gains"]);
  });
});
