/** Runs `task` after `ms` unless the returned function is called first. */
export type Schedule = (task: () => void, ms: number) => () => void;

/** How the FigJam adapter shares FigJam's main thread and groups its undo steps; all optional. */
export interface FigJamPluginBoardOptions {
  /**
   * A write works in chunks and yields to FigJam between them; a chunk ends once this many
   * milliseconds have passed since it began, so FigJam is never held much longer than this.
   */
  chunkMs?: number;
  /** A chunk also ends after this many entries, so progress and a cancel come often. */
  chunkSize?: number;
  /**
   * The quiet time after the last port call that ends a task: once nothing has been asked for
   * this long, what the writes since the last undo step did becomes one undo step.
   */
  undoQuietMs?: number;
  /** Tries of one plugin API call that throws, the first one included. */
  attempts?: number;
  /** The clock the chunks are measured with. */
  now?: () => number;
  /** Lets FigJam run (paint, take the user's input) before the next chunk. */
  yieldToHost?: () => Promise<void>;
  /** The timer of the undo step's quiet time. */
  schedule?: Schedule;
}

export type FigJamPluginSettings = Required<FigJamPluginBoardOptions>;

/** The sandbox's own typings leave `performance` out: a finer clock where there is one. */
const fine = (globalThis as { performance?: { now(): number } }).performance;
const clock = (): number => (fine ? fine.now() : Date.now());

/**
 * The defaults: chunks of at most 20 ms or 20 entries, well within the 50 ms FigJam may be held
 * at a time, leaving room for the entry that runs over and for work the clock may not see (the
 * emulator models FigJam's own cost per node changed apart from the time); and an undo step once
 * the panel has been quiet for 400 ms: far longer than the gap between the port calls of one
 * task (a message's round trip), far shorter than a person's next click.
 */
export const FIGJAM_PLUGIN_DEFAULTS: FigJamPluginSettings = {
  chunkMs: 20,
  chunkSize: 20,
  undoQuietMs: 400,
  attempts: 3,
  now: clock,
  yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
  schedule: (task, ms) => {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
};

/** The options with every absent one at its default; counts below one count as one. */
export function figJamPluginSettings(options: FigJamPluginBoardOptions = {}): FigJamPluginSettings {
  const given = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as FigJamPluginBoardOptions;
  const settings = { ...FIGJAM_PLUGIN_DEFAULTS, ...given };
  return {
    ...settings,
    chunkSize: Math.max(1, Math.floor(settings.chunkSize)),
    attempts: Math.max(1, Math.floor(settings.attempts)),
  };
}
