import type { BrowserContext } from "playwright-core";

/**
 * Blocks and records every request and WebSocket a context's pages make to any origin but the
 * test server's (fonts, CDNs, APIs, telemetry), so a test can fail on them. Returns the live list,
 * one "METHOD url" entry per attempt.
 */
export async function guardForeignRequests(context: BrowserContext, baseUrl: string) {
  const origin = new URL(baseUrl).origin;
  const foreign: string[] = [];
  const isForeign = (url: URL) => url.origin !== origin;
  await context.route(isForeign, (route) => {
    foreign.push(`${route.request().method()} ${route.request().url()}`);
    return route.abort("blockedbyclient");
  });
  await context.routeWebSocket(isForeign, (socket) => {
    foreign.push(`WebSocket ${socket.url()}`);
    return socket.close();
  });
  return foreign;
}
