import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fileRemoteFetches } from "../../build/file-remote-fetches.ts";
import { htmlElements } from "../../build/html-elements.ts";
import { MIRO_SDK_URL } from "./miro-sdk-url.ts";

/** The Miro app as `npm run build` writes it (the e2e project runs after the build). */
const BUILT = fileURLToPath(new URL("../../../dist/miro", import.meta.url));

/** What a built page loads: its scripts' and style sheets' addresses, in document order. */
async function loads(page: string): Promise<{ scripts: string[]; styles: string[] }> {
  const elements = htmlElements(await readFile(join(BUILT, page), "utf8"));
  const scripts = elements.filter((e) => e.name === "script").map((e) => e.attributes.get("src"));
  const styles = elements
    .filter((e) => e.name === "link" && e.attributes.get("rel") === "stylesheet")
    .map((e) => e.attributes.get("href"));
  return {
    scripts: scripts.filter((src) => src !== undefined),
    styles: styles.filter((href) => href !== undefined),
  };
}

const ownAsset = (name: string, extension: string) =>
  new RegExp(`^\\./assets/${name}-[\\w-]+\\.${extension}$`);

describe("the built Miro app", () => {
  it("has a headless entry page that loads Miro's SDK script, then its own script", async () => {
    const { scripts, styles } = await loads("index.html");
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe(MIRO_SDK_URL);
    expect(scripts[1]).toMatch(ownAsset("index", "js"));
    expect(styles).toEqual([]);
  });

  it("has a panel page that loads Miro's SDK script, then its own script and style sheet", async () => {
    const { scripts, styles } = await loads("app.html");
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe(MIRO_SDK_URL);
    expect(scripts[1]).toMatch(ownAsset("app", "js"));
    expect(styles).toHaveLength(1);
    expect(styles[0]).toMatch(ownAsset("app", "css"));
    for (const asset of [scripts[1], styles[0]]) {
      expect(existsSync(join(BUILT, asset ?? "")), `${asset} is built`).toBe(true);
    }
  });

  it("asks no host but Miro's for anything, and Miro's only for the SDK script in the two pages", async () => {
    const entries = await readdir(BUILT, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(BUILT, join(entry.parentPath, entry.name)))
      .sort();
    const found: string[] = [];
    for (const file of files) {
      const text = await readFile(join(BUILT, file), "utf8");
      for (const fetch of fileRemoteFetches(file, text)) found.push(`${file}: ${fetch.url}`);
    }
    expect(found).toEqual([`app.html: ${MIRO_SDK_URL}`, `index.html: ${MIRO_SDK_URL}`]);
  });
});
