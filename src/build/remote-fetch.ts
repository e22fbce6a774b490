/** A place in a built file where the page would ask another host for something. */
export interface RemoteFetch {
  /** The address, as written. */
  url: string;
  /** How it would be fetched, e.g. `<link href>`, `url()`, `fetch()`. */
  context: string;
}

const REMOTE = /^\s*(?:(?:https?|wss?|ftp):)?\/\/./i;

/** Whether an address names another host: an absolute http(s)/ws(s)/ftp URL or a protocol-relative one. */
export function isRemoteUrl(url: string): boolean {
  return REMOTE.test(url);
}

/** The remote ones among candidate addresses, each with the context it was found in. */
export function remoteFetches(urls: readonly string[], context: string): RemoteFetch[] {
  return urls.filter(isRemoteUrl).map((url) => ({ url: url.trim(), context }));
}
