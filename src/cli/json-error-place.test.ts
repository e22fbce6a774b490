import { describe, expect, it } from "vitest";
import { jsonErrorPlace, lineAndColumn } from "./json-error-place";

describe("jsonErrorPlace", () => {
  it("finds nothing wrong in valid JSON, however deep", () => {
    expect(jsonErrorPlace('{"a": [1, -2.5e3, "x\\u00e9\\n", true, null, {}], "b": []}')).toBeNull();
    expect(jsonErrorPlace(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBeNull();
  });

  it("says where a value, a comma or a name is missing", () => {
    expect(jsonErrorPlace('{"a": x}')).toEqual({ at: 6, problem: "a value was expected" });
    expect(jsonErrorPlace("[1 2]")).toEqual({ at: 3, problem: "a ',' or ']' was expected" });
    expect(jsonErrorPlace('{"a":1,}')).toEqual({
      at: 7,
      problem: "a name in double quotes was expected",
    });
  });

  it("says where a text in quotes breaks, and when the file ends early or goes on", () => {
    expect(jsonErrorPlace('["a\u0007"]')).toEqual({
      at: 3,
      problem: "a control character inside a text in quotes",
    });
    expect(jsonErrorPlace('{"a": [1')).toEqual({
      at: 8,
      problem: "the file ends before the JSON does",
    });
    expect(jsonErrorPlace("{} x")).toEqual({ at: 3, problem: "more follows the end of the JSON" });
  });
});

describe("lineAndColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd\nef", 7)).toEqual({ line: 3, column: 2 });
    expect(lineAndColumn("ab", 0)).toEqual({ line: 1, column: 1 });
  });
});
