import { describe, expect, it } from "vitest";
import { terserPass } from "./terser-pass";

type Hook = (this: unknown, output: unknown, bundle: Record<string, unknown>) => Promise<void>;

describe("terserPass", () => {
  it("shrinks a chunk Rolldown left, and the chunk computes what it did before", async () => {
    const code = [
      "export function total(items) {",
      "  const counted = items.map(function (item) { return item.count * 1; });",
      "  let sum = 0; for (const value of counted) { sum = sum + value; }",
      '  return "total: " + sum;',
      "}",
    ].join("\n");
    const chunk = { type: "chunk", fileName: "assets/panel.js", code };
    const asset = { type: "asset", fileName: "panel.html", source: "<html></html>" };
    await (terserPass().generateBundle as Hook).call({}, {}, { chunk, asset });
    expect(chunk.code.length).toBeLessThan(code.length);
    const run = async (source: string) =>
      (await import(`data:text/javascript,${encodeURIComponent(source)}`)).total([
        { count: 2 },
        { count: 3 },
      ]);
    expect(await run(chunk.code)).toBe("total: 5");
    expect(await run(code)).toBe("total: 5");
    expect(asset.source).toBe("<html></html>");
  });
});
