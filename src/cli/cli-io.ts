/** Where the CLI writes; tests hand in collectors. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative paths start from; the process's own by default. */
  cwd?: string;
  /** Whether standard output is a terminal, where JSON is indented for a reader to follow. */
  terminal?: boolean;
}
