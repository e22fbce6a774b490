import pkg from "../../package.json" with { type: "json" };

/** The version `--version` prints: the package's own, so a release never has two. */
export const VERSION: string = pkg.version;
