import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import viteConfig from "../../../vite.config.ts";

const manifest = parse(readFileSync(join(import.meta.dirname, "app-manifest.yaml"), "utf8"));

describe("the Miro app's manifest", () => {
  it("names the app, Web SDK v2, the development URL and the board scopes, nothing more", () => {
    expect(manifest).toEqual({
      appName: "journey-mapper",
      sdkVersion: "SDK_V2",
      sdkUri: "http://localhost:3000",
      scopes: ["boards:read", "boards:write"],
    });
  });

  it("points at the port `npm run dev` serves the app on, which no other server may take", () => {
    const { server } = viteConfig({ mode: "miro", command: "serve" });
    expect(`http://localhost:${server?.port}`).toBe(manifest.sdkUri);
    expect(server?.strictPort).toBe(true);
  });
});
