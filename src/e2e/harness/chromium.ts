import { existsSync } from "node:fs";

/**
 * How Debian's chromium must be started here: headless, no sandbox (tests run as root), and no
 * background traffic, which a closed network refuses and which would not be the page's anyway.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The chromium to drive: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Why the browser tests cannot run, in one line, or undefined when chromium is there. */
export function missingChromium(path: string): string | undefined {
  if (existsSync(path)) return undefined;
  return `No chromium at ${path}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`;
}
