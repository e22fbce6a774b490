import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileFor, type StaticServer, serveStatic } from "./static-server";

let parent = "";
let root = "";
let server: StaticServer;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "jm-static-"));
  root = join(parent, "site");
  await mkdir(join(root, "assets"), { recursive: true });
  await writeFile(join(root, "index.html"), "<h1>board</h1>");
  await writeFile(join(root, "assets", "panel.js"), "export {};");
  await writeFile(join(parent, "secret.txt"), "not for the browser");
  server = await serveStatic(root);
});

afterAll(async () => {
  await server.close();
  await rm(parent, { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalise it). */
function get(path: string, method = "GET") {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const url = new URL(server.url);
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"] ?? "", body }),
      );
    });
    req.on("error", reject).end();
  });
}

describe("serveStatic", () => {
  it("listens on loopback and serves index.html for the root, with MIME types", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get("/")).toEqual({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<h1>board</h1>",
    });
    const script = await get("/assets/panel.js?v=1");
    expect([script.status, script.type, script.body]).toEqual([
      200,
      "text/javascript; charset=utf-8",
      "export {};",
    ]);
  });

  it("answers 404 for missing files and 405 for writes", async () => {
    expect((await get("/missing.js")).status).toBe(404);
    expect((await get("/index.html", "POST")).status).toBe(405);
  });

  it("never serves a file outside its folder", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
    ]) {
      const answer = await get(path);
      expect(answer.body).not.toContain("not for the browser");
      expect([403, 404]).toContain(answer.status);
    }
  });
});

describe("fileFor", () => {
  it("refuses encoded parent folders, null bytes and malformed escapes", () => {
    expect(fileFor("/site", "/..%2f..%2fetc/passwd")).toBeUndefined();
    expect(fileFor("/site", "/a%00.html")).toBeUndefined();
    expect(fileFor("/site", "/%E0%A4%A")).toBeUndefined();
    expect(fileFor("/site", "/assets/a.js")).toBe("/site/assets/a.js");
  });
});
