/** One page's JavaScript, gzipped, as the build reports it. */
export interface PageSize {
  page: string;
  /** Bytes loaded at start. */
  initial: number;
  /** Bytes the page may load later. */
  onDemand: number;
  /** The most the page may load in all, when it has a budget. */
  budget?: number;
}

/** Bytes as kilobytes of 1000 bytes, one decimal, the way Vite reports sizes. */
export function kilobytes(bytes: number): string {
  const value = (bytes / 1000).toFixed(1);
  return `${value.endsWith(".0") ? value.slice(0, -2) : value} kB`;
}

/** One line per page, names padded so the numbers line up. */
export function formatPageSizes(sizes: readonly PageSize[]): string[] {
  const width = Math.max(0, ...sizes.map((size) => size.page.length));
  return sizes.map((size) => {
    const budget = size.budget === undefined ? "" : ` (budget ${kilobytes(size.budget)})`;
    const onDemand = `+${kilobytes(size.onDemand)} on demand`;
    return `${size.page.padEnd(width)}  ${kilobytes(size.initial)} gzipped at load, ${onDemand}${budget}`;
  });
}
