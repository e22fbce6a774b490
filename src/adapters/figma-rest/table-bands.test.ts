import { describe, expect, it } from "vitest";
import { bandIndices } from "./table-bands";

describe("bandIndices", () => {
  it("counts bands in order along the axis, whatever order the starts come in", () => {
    expect(bandIndices([300, 0, 100, 200], 50)).toEqual([3, 0, 1, 2]);
  });

  it("puts starts less than the tolerance past a band's first start in that band", () => {
    expect(bandIndices([0, 0.4, 99.6, 100, 200], 50)).toEqual([0, 0, 1, 1, 2]);
  });

  it("gives nothing for no starts", () => {
    expect(bandIndices([], 1)).toEqual([]);
  });
});
