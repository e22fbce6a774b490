import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isAbsolute, join, relative } from "node:path";
import { contentType } from "./content-type";

/** A static file server on a free loopback port. */
export interface StaticServer {
  /** The address of the served folder, with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` (a built site) read-only, as a static host would: GET and HEAD
 * only, `index.html` for folders, nothing outside `root`, no caching.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    respond(root, request, response).catch(() => finish(response, 500, "Server error"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function respond(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    finish(response, 405, "GET only");
    return;
  }
  const file = fileFor(root, request.url ?? "/");
  if (file === undefined) {
    finish(response, 403, "Forbidden");
    return;
  }
  const found = await stat(file).catch(() => undefined);
  const path = found?.isDirectory() ? join(file, "index.html") : file;
  const info = found?.isDirectory() ? await stat(path).catch(() => undefined) : found;
  if (info === undefined || !info.isFile()) {
    finish(response, 404, "Not found");
    return;
  }
  response.writeHead(200, {
    "content-type": contentType(path),
    "content-length": info.size,
    "cache-control": "no-store",
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(path).pipe(response);
}

/** The file a request path names, or undefined when it is malformed or points outside `root`. */
export function fileFor(root: string, requestUrl: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes("\0")) return undefined;
  const file = join(root, pathname);
  const inside = relative(root, file);
  if (inside.startsWith("..") || isAbsolute(inside)) return undefined;
  return file;
}

function finish(response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) response.destroy();
  else response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
}
