/** Where the CLI writes; tests hand in collectors. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative paths start from; the process's own by default. */
  cwd?: string;
}
