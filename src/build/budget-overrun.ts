import { budgetedSize, kilobytes, type PageSize } from "./page-size.ts";

/** A part of a page's JavaScript that can be blamed for its size: a chunk or a module. */
export interface SizedPart {
  name: string;
  gzipped: number;
}

const SHOWN = 5;

/**
 * Why a page is over its budget, naming its biggest chunks and modules, or undefined when it is
 * within it. What counts is what the page loads to open (see {@link budgetedSize}); `chunks` and
 * `modules` are the parts of that.
 */
export function budgetOverrun(
  size: PageSize,
  chunks: readonly SizedPart[],
  modules: readonly SizedPart[],
): string | undefined {
  const total = budgetedSize(size);
  if (size.budget === undefined || total <= size.budget) return undefined;
  const parts =
    size.atStart === undefined
      ? "all at load"
      : `${kilobytes(size.initial)} at load + ${kilobytes(size.atStart.gzipped)}, ${size.atStart.label}`;
  return [
    `${size.page} loads ${kilobytes(total)} of JavaScript gzipped to open (${parts}): ` +
      `${kilobytes(total - size.budget)} over its budget of ${kilobytes(size.budget)}.`,
    `  Biggest chunks: ${biggest(chunks)}`,
    `  Biggest modules (each gzipped alone): ${biggest(modules)}`,
  ].join("\n");
}

function biggest(parts: readonly SizedPart[]): string {
  return [...parts]
    .sort((a, b) => b.gzipped - a.gzipped)
    .slice(0, SHOWN)
    .map((part) => `${part.name} ${kilobytes(part.gzipped)}`)
    .join(", ");
}
