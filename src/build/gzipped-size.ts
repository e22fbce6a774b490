import { gzipSync } from "node:zlib";

/** Bytes of text or data after gzip at the highest level, as a static server would send it. */
export function gzippedSize(source: string | Uint8Array): number {
  return gzipSync(source, { level: 9 }).length;
}
