/** A built JavaScript file as the size report sees it. */
export interface ScriptFile {
  fileName: string;
  /** Bytes after gzip, as the browser downloads it. */
  gzipped: number;
  /** Files loaded before this one runs (static imports). */
  imports: readonly string[];
  /** Files this one may load later: dynamic imports, workers, URLs it names. */
  loadsLater: readonly string[];
  /** The ids of the modules bundled into it, as the bundler names them; none for a copied file. */
  modules: readonly string[];
}

/** The JavaScript one page can load, split by when it loads. */
export interface PageJavaScript {
  /** The entry scripts and everything they import statically, transitively. */
  initial: ScriptFile[];
  /** Everything else the page can reach, through any edge, transitively. */
  onDemand: ScriptFile[];
  /**
   * The most the page loads on demand as it opens: of the on-demand files that load at start, the
   * one that, with what it imports statically and the page has not loaded yet, weighs most. Empty
   * when none loads at start.
   */
  largestAtStart: ScriptFile[];
}

/**
 * Walks the chunk graph from a page's entry scripts. Files outside `files` (externals, or names
 * that are not scripts) are skipped: they are not this build's to count. `loadsAtStart` tells,
 * by the modules bundled into an on-demand file, whether the page loads it as it opens (one
 * language's words) rather than when a task asks for it later (the exports); by default none does.
 */
export function pageJavaScript(
  entries: readonly string[],
  files: ReadonlyMap<string, ScriptFile>,
  loadsAtStart: (moduleIds: readonly string[]) => boolean = () => false,
): PageJavaScript {
  const initial = reach(entries, files, (file) => file.imports);
  const everything = reach(entries, files, (file) => [...file.imports, ...file.loadsLater]);
  const initialNames = new Set(initial.map((file) => file.fileName));
  const onDemand = everything.filter((file) => !initialNames.has(file.fileName));
  const loads = onDemand
    .filter((file) => loadsAtStart(file.modules))
    .map((file) =>
      reach([file.fileName], files, (next) => next.imports).filter(
        (loaded) => !initialNames.has(loaded.fileName),
      ),
    );
  const largestAtStart = loads.reduce<ScriptFile[]>(
    (largest, load) => (totalGzipped(load) > totalGzipped(largest) ? load : largest),
    [],
  );
  return { initial, onDemand, largestAtStart };
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
