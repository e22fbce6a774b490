import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { contractDraft, contractMark } from "../../adapters/contract/board-harness.ts";
import { userSticky } from "../../adapters/figjam-plugin/emulator/emulator-test-kit.ts";
import { FigJamEmulator } from "../../adapters/figjam-plugin/emulator/figjam-emulator.ts";
import { uiChannel } from "../../adapters/figjam-plugin/plugin-channels.ts";
import { RemotePort } from "../../adapters/remote/remote-port.ts";
import { classicScriptError } from "../../build/classic-script-error.ts";
import { fileRemoteFetches } from "../../build/file-remote-fetches.ts";
import { htmlElements } from "../../build/html-elements.ts";
import { da } from "../../panel/words/da.ts";
import { en } from "../../panel/words/en.ts";
import { sv } from "../../panel/words/sv.ts";

/** The plugin's manifest, which FigJam's desktop app imports, and the files `npm run build` wrote. */
const MANIFEST = fileURLToPath(new URL("../../../manifest.json", import.meta.url));
const BUILT = fileURLToPath(new URL("../../../dist/figjam", import.meta.url));

/**
 * A plugin manifest's fields as Figma's plugin documentation types them ("Plugin Manifest"), the
 * ones journey-mapper uses: a name, an id, the API version, the editors, the main code, one UI
 * file (or a map of them), dynamic page loading (required of new plugins, and only this value),
 * and the domains the plugin may reach ("none" alone: none at all).
 */
const pluginManifest = z.strictObject({
  name: z.string().check(z.minLength(1)),
  id: z.string().check(z.minLength(1)),
  api: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  editorType: z.array(z.enum(["figma", "figjam", "dev", "slides", "buzz"])).check(z.minLength(1)),
  main: z.string(),
  ui: z.optional(z.union([z.string(), z.record(z.string(), z.string())])),
  documentAccess: z.optional(z.literal("dynamic-page")),
  networkAccess: z.optional(
    z.strictObject({
      allowedDomains: z.array(z.string()),
      reasoning: z.optional(z.string()),
      devAllowedDomains: z.optional(z.array(z.string())),
    }),
  ),
});

const read = (path: string) => readFile(path, "utf8");
const manifest = pluginManifest.parse(JSON.parse(await read(MANIFEST)));
const besideManifest = (file: string) => join(dirname(MANIFEST), file);

describe("the built FigJam plugin", () => {
  it("has a manifest FigJam accepts: Figma's fields and types, for FigJam only, reaching no domain", () => {
    expect(manifest).toEqual({
      name: "journey-mapper",
      id: "journey-mapper",
      api: "1.0.0",
      editorType: ["figjam"],
      main: "dist/figjam/code.js",
      ui: "dist/figjam/ui.html",
      documentAccess: "dynamic-page",
      networkAccess: { allowedDomains: ["none"] },
    });
  });

  it("has the two files the manifest names, and nothing else, where it names them", async () => {
    expect(existsSync(besideManifest(manifest.main)), manifest.main).toBe(true);
    expect(typeof manifest.ui === "string" && existsSync(besideManifest(manifest.ui))).toBe(true);
    expect((await readdir(BUILT)).sort()).toEqual(["code.js", "ui.html"]);
  });

  it("has main code that parses as one classic script of ES2017: no import, export or import()", async () => {
    const code = await read(besideManifest(manifest.main));
    expect(classicScriptError(code, 2017)).toBeUndefined();
    // It shows the UI Figma hands it as __html__, with FigJam's theme colours.
    expect(code).toMatch(/\.showUI\(__html__,/);
    expect(code).toMatch(/themeColors:(!0|true)/);
  });

  it("serves the board from code.js alone with figma, as in FigJam: the panel's port reads and writes", async () => {
    const code = await read(besideManifest(manifest.main));
    const page = await read(join(BUILT, "ui.html"));
    const emulator = new FigJamEmulator();
    const [noteId] = emulator.addUserNodes([userSticky("note", { text: "Slow checkout" })]);
    const shown: unknown[] = [];
    // FigJam's figma (emulated), with the one call the emulator leaves to the app, showUI.
    const figma = new Proxy(emulator.api, {
      get: (api, key) =>
        key === "showUI" ? (...args: unknown[]) => shown.push(args) : Reflect.get(api, key),
    });
    runInNewContext(code, { figma, __html__: page, setTimeout, clearTimeout, console });
    expect(shown).toEqual([[page, { width: 360, height: 640, themeColors: true }]]);

    const port = new RemotePort(uiChannel(emulator.uiSide), { platform: "figjam" });
    expect(await port.ready()).toBe("figjam");
    const read1 = await port.readItems({ kind: "board" });
    expect(read1.map((item) => [item.id, item.kind, item.text])).toEqual([
      [noteId, "sticky", "Slow checkout"],
    ]);
    const [made] = await port.createItems([contractDraft("hotspot", { x: 600 })]);
    const read2 = await port.readItems({ kind: "board" });
    expect(read2.map((item) => [item.text, item.mark])).toEqual([
      ["Slow checkout", null],
      ["hotspot", contractMark("hotspot")],
    ]);
    expect(read2[1]?.id).toBe(made?.item.id);
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("has a UI page with its script and styles inline: no script or style sheet to fetch", async () => {
    const elements = htmlElements(await read(join(BUILT, "ui.html")));
    const scripts = elements.filter((element) => element.name === "script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.attributes.has("src")).toBe(false);
    expect(elements.filter((element) => element.name === "link")).toEqual([]);
    expect(elements.some((element) => element.name === "style")).toBe(true);
  });

  it("has the panel's words in all three languages and its exports in the UI page itself", async () => {
    const script = htmlElements(await read(join(BUILT, "ui.html")))
      .filter((element) => element.name === "script")
      .map((element) => element.text)
      .join("\n");
    for (const words of [en, sv, da]) expect(script).toContain(words.start.intro);
    expect(script).toContain("Issue Type");
    expect(script).not.toMatch(/\bimport\s*\(/);
  });

  it("asks no host for anything (networkAccess none)", async () => {
    const found: string[] = [];
    for (const file of await readdir(BUILT)) {
      for (const fetch of fileRemoteFetches(file, await read(join(BUILT, file)))) {
        found.push(`${file}: ${fetch.context} ${fetch.url}`);
      }
    }
    expect(found).toEqual([]);
  });
});
