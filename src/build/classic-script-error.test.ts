import { describe, expect, it } from "vitest";
import { classicScriptError } from "./classic-script-error.ts";

describe("classicScriptError", () => {
  it("accepts a script of ES2017 syntax: async functions, trailing commas, exponents", () => {
    const code = `var f = async function (a, b,) { return (await a) ** b; };
      (function () { const { x } = { x: 1 }; let [y] = [2]; return class { m() { return x + y; } }; })();`;
    expect(classicScriptError(code, 2017)).toBeUndefined();
  });

  it.each([
    ["object spread (ES2018)", "var a = { ...b };"],
    ["object rest (ES2018)", "var { a, ...rest } = b;"],
    ["async iteration (ES2018)", "async function f() { for await (const x of y) {} }"],
    ["optional catch binding (ES2019)", "try { f(); } catch { }"],
    ["optional chaining (ES2020)", "var a = b?.c;"],
    ["nullish coalescing (ES2020)", "var a = b ?? c;"],
    ["a dynamic import (ES2020)", 'import("./words.js");'],
    ["class fields (ES2022)", "class A { x = 1; }"],
    ["an import declaration", 'import { a } from "./a.js";'],
    ["an export declaration", "export const a = 1;"],
  ])("refuses %s, saying where", (_, code) => {
    expect(classicScriptError(code, 2017)).toMatch(/\(1:\d+\)$/);
  });

  it("takes the edition it is given: ES2020 allows optional chaining", () => {
    expect(classicScriptError("var a = b?.c;", 2020)).toBeUndefined();
  });
});
