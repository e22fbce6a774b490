/** One page's JavaScript, gzipped, as the build reports it. */
export interface PageSize {
  page: string;
  /** Bytes loaded at start. */
  initial: number;
  /** Bytes the page may load later, all of them. */
  onDemand: number;
  /** Bytes of the most the page loads later in one go: its largest on-demand chunk. */
  largestOnDemand: number;
  /** The most the page may load to be used, as {@link budgetedSize} counts it, when it has one. */
  budget?: number;
}

/**
 * What a page loads to be used, as its budget counts it: everything at load, and the largest
 * chunk it loads on demand, not every one at once (a user reads the panel's words in one
 * language at a time). That holds while what a page loads on demand are alternatives; code that
 * every user comes to load belongs at load.
 */
export function budgetedSize(size: PageSize): number {
  return size.initial + size.largestOnDemand;
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
    const budget =
      size.budget === undefined
        ? ""
        : ` (budget ${kilobytes(size.budget)}: at load + largest on-demand chunk = ${kilobytes(budgetedSize(size))})`;
    const onDemand = `+${kilobytes(size.onDemand)} on demand`;
    return `${size.page.padEnd(width)}  ${kilobytes(size.initial)} gzipped at load, ${onDemand}${budget}`;
  });
}
