import { fileURLToPath } from "node:url";

/** The built playground the browser tests open; `E2E_SITE_DIR` points them at another build. */
export const SITE_DIR =
  process.env.E2E_SITE_DIR ?? fileURLToPath(new URL("../../../dist/playground", import.meta.url));

/** The built Miro app (`npm run build` writes it beside the playground). */
export const MIRO_APP_DIR = fileURLToPath(new URL("../../../dist/miro", import.meta.url));

/** Where screenshots and downloads go (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL("../../../test-results/e2e", import.meta.url));
