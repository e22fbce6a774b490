import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath, missingChromium } from "./chromium";
import { RESULTS_DIR, SITE_DIR } from "./e2e-paths";
import { serveStatic } from "./static-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The address of the static server over the built playground. */
    e2eBaseUrl: string;
  }
}

/**
 * Once per run: refuse early, in one line, when chromium or the build is missing; empty the
 * results folder; serve the build on a free loopback port for every test file.
 */
export default async function setup(project: TestProject) {
  const problem =
    missingChromium(chromiumPath()) ??
    (existsSync(join(SITE_DIR, "index.html"))
      ? undefined
      : `No build in ${SITE_DIR}: run \`npm run build\` first (\`npm run test:e2e\` does).`);
  if (problem !== undefined) throw new Error(problem);
  await rm(RESULTS_DIR, { recursive: true, force: true });
  await mkdir(RESULTS_DIR, { recursive: true });
  const server = await serveStatic(SITE_DIR);
  project.provide("e2eBaseUrl", server.url);
  return () => server.close();
}
