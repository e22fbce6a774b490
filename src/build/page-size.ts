/** One page's JavaScript, gzipped, as the build reports it. */
export interface PageSize {
  page: string;
  /** Bytes loaded at once, with the page. */
  initial: number;
  /** Bytes the page may load later, all of them. */
  onDemand: number;
  /**
   * The most the page loads on demand as it opens, and what that is ("its words": one language's),
   * when its build says which on-demand chunks load at start.
   */
  atStart?: { label: string; gzipped: number };
  /** The most the page may load to open, as {@link budgetedSize} counts it, when it has one. */
  budget?: number;
}

/**
 * What a page loads to open, as its budget counts it: everything at load, and the largest of the
 * on-demand loads it makes at start (the panel's words, one language of them: a user reads the
 * panel in one language at a time). What loads at start is budgeted; what a task fetches later,
 * when the user asks for it (the exports), is printed, not budgeted: it does not keep the page
 * from opening.
 */
export function budgetedSize(size: PageSize): number {
  return size.initial + (size.atStart?.gzipped ?? 0);
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
        : ` (budget ${kilobytes(size.budget)}: ${budgetedParts(size)} = ${kilobytes(budgetedSize(size))})`;
    const onDemand = `+${kilobytes(size.onDemand)} on demand`;
    return `${size.page.padEnd(width)}  ${kilobytes(size.initial)} gzipped at load, ${onDemand}${budget}`;
  });
}

function budgetedParts(size: PageSize): string {
  return size.atStart === undefined ? "at load" : `at load + ${size.atStart.label}`;
}
