import { describe, expect, it } from "vitest";
import { jsonText } from "./write-output";

const value = { stages: [{ title: "Buy" }] };
const io = { stdout: () => {}, stderr: () => {} };

describe("jsonText", () => {
  it("indents for a reader on a terminal", () => {
    expect(jsonText(value, undefined, { ...io, terminal: true })).toBe(
      '{\n  "stages": [\n    {\n      "title": "Buy"\n    }\n  ]\n}\n',
    );
  });

  it("is compact for another program or a file, with the same data", () => {
    expect(jsonText(value, undefined, io)).toBe('{"stages":[{"title":"Buy"}]}\n');
    expect(jsonText(value, "journey.json", { ...io, terminal: true })).toBe(
      '{"stages":[{"title":"Buy"}]}\n',
    );
  });
});
