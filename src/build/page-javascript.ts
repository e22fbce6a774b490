/** A built JavaScript file as the size report sees it. */
export interface ScriptFile {
  fileName: string;
  /** Bytes after gzip, as the browser downloads it. */
  gzipped: number;
  /** Files loaded before this one runs (static imports). */
  imports: readonly string[];
  /** Files this one may load later: dynamic imports, workers, URLs it names. */
  loadsLater: readonly string[];
}

/** The JavaScript one page can load, split by when it loads. */
export interface PageJavaScript {
  /** The entry scripts and everything they import statically, transitively. */
  initial: ScriptFile[];
  /** Everything else the page can reach, through any edge, transitively. */
  onDemand: ScriptFile[];
  /**
   * The most the page loads later in one go: the on-demand file that, with what it imports
   * statically and the page has not loaded yet, weighs most. Empty when nothing is on demand.
   */
  largestOnDemand: ScriptFile[];
}

/**
 * Walks the chunk graph from a page's entry scripts. Files outside `files` (externals, or names
 * that are not scripts) are skipped: they are not this build's to count.
 */
export function pageJavaScript(
  entries: readonly string[],
  files: ReadonlyMap<string, ScriptFile>,
): PageJavaScript {
  const initial = reach(entries, files, (file) => file.imports);
  const everything = reach(entries, files, (file) => [...file.imports, ...file.loadsLater]);
  const initialNames = new Set(initial.map((file) => file.fileName));
  const onDemand = everything.filter((file) => !initialNames.has(file.fileName));
  const loads = onDemand.map((file) =>
    reach([file.fileName], files, (next) => next.imports).filter(
      (loaded) => !initialNames.has(loaded.fileName),
    ),
  );
  const largestOnDemand = loads.reduce<ScriptFile[]>(
    (largest, load) => (totalGzipped(load) > totalGzipped(largest) ? load : largest),
    [],
  );
  return { initial, onDemand, largestOnDemand };
}

function reach(
  start: readonly string[],
  files: ReadonlyMap<string, ScriptFile>,
  next: (file: ScriptFile) => readonly string[],
): ScriptFile[] {
  const seen = new Map<string, ScriptFile>();
  const queue = [...start];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const file = files.get(name);
    if (file === undefined || seen.has(name)) continue;
    seen.set(name, file);
    queue.push(...next(file));
  }
  return [...seen.values()];
}

/** The sum of the gzipped sizes of some files. */
export function totalGzipped(files: readonly ScriptFile[]): number {
  return files.reduce((sum, file) => sum + file.gzipped, 0);
}
