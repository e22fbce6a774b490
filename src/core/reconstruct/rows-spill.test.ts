import { describe, expect, it } from "vitest";
import type { LaneKind } from "../model/lane-kind";
import type { NamedRow } from "./rows-named";
import { notesByHeight } from "./rows-notes";
import { spillsOnly, stagesAmong } from "./rows-spill";

const row = (kind: LaneKind | null): NamedRow => ({
  band: { start: 0, end: 0 },
  kind,
  title: kind,
  confidence: kind ? 1 : 0,
});
const STAGES = [0, 1, 2, 3].map((s) => ({ start: s * 100, end: s * 100 + 100 }));

describe("whether unlabelled rows only spill over from a labelled one", () => {
  it("counts the stages a row's notes stand in", () => {
    const notes = notesByHeight(
      [50, 60, 350, 900].map((x) => ({ x, y: 0 })),
      () => null,
    );
    expect(stagesAmong(notes, 0, 4, STAGES)).toBe(2);
    expect(stagesAmong(notes, 0, 2, STAGES)).toBe(1);
  });

  it("is so where an unlabelled row's colours name its labelled neighbour's lane, or nothing", () => {
    const rows = [row("pain"), row(null), row("gain"), row(null)];
    expect(spillsOnly(rows, [null, "pain", null, null], () => 4, 4)).toBe(true);
    // Lines of notes stacked under their label, each a cluster of its own.
    const stacked = [row("pain"), row(null), row(null), row(null), row("gain")];
    expect(spillsOnly(stacked, [null, "pain", "pain", "gain"], () => 4, 4)).toBe(true);
  });

  it("is not so where an unlabelled row of another lane's colour reaches across the stages", () => {
    const rows = [row("pain"), row(null), row("gain")];
    expect(spillsOnly(rows, [null, "touchpoint", null], (i) => [4, 3, 4][i] ?? 0, 4)).toBe(false);
    // Two slipped notes in one stage under the pain row are the pain row's.
    expect(spillsOnly(rows, [null, "touchpoint", null], (i) => [4, 1, 4][i] ?? 0, 4)).toBe(true);
  });
});
