import { type Legend, LegendSchema } from "../core/legend/legend";
import { type LegendProblem, legendProblems } from "../core/legend/legend-problems";
import { formatPath, parseOutside } from "../core/model/parse-outside";
import { CliError } from "./cli-error";
import { didYouMean } from "./did-you-mean";
import { printable, quoteValue } from "./quote-value";
import { readJsonFile, shownPath } from "./read-json-file";
import { plural } from "./words/plural";

/** A value found in the file, told without printing a whole object or list back. */
function shown(value: unknown): string {
  if (typeof value === "string") return quoteValue(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  return printable(String(value));
}

function line(problem: LegendProblem): string {
  const meant = problem.suggestion ? `; did you mean "${problem.suggestion}"?` : "";
  if (problem.path.length === 0) return `${problem.problem}${meant}`;
  const where = formatPath(problem.path);
  if (problem.found === undefined) {
    // Nothing to quote: say it is missing, then only what it takes ("must be 1", "use ...").
    const takes = problem.problem.replace(/^is not an? [\w ]+; /, "");
    return `${where} is missing; ${takes.startsWith("must") ? `it ${takes}` : takes}${meant}`;
  }
  return `${where}: ${shown(problem.found)} ${problem.problem}${meant}`;
}

/**
 * Reads a legend JSON file (`--legend`), failing on one line with the path of the first bad
 * field, the value quoted, and what is allowed there. `warn` is told of a legend that names no
 * colours, which changes nothing.
 */
export async function readLegendFile(
  path: string,
  cwd: string,
  warn?: (text: string) => void,
): Promise<Legend> {
  const json = await readJsonFile(path, cwd, "legend file");
  const file = shownPath(path);
  const problems = legendProblems(json, didYouMean);
  const first = problems[0];
  if (first) {
    const more = problems.length - 1;
    const also =
      more > 0
        ? ` (and ${plural("en", more, { one: "more problem", other: "more problems" })})`
        : "";
    throw new CliError(`${file}: ${line(first)}${also}`);
  }
  const legend = parseOutside(LegendSchema, json, file);
  if (!legend.ok)
    throw new CliError(legend.error.replace(/ is not valid:\n/, ": ").replace(/\n/g, "; "));
  if (legend.value.entries.length === 0) {
    warn?.(`${file} names no colours, so it changes none`);
  }
  return legend.value;
}
