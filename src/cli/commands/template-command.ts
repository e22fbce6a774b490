import { InMemoryBoard } from "../../adapters/memory/in-memory-board";
import { writeMiroItems } from "../../adapters/miro-rest/write-miro-items";
import { DEFAULT_LEGEND } from "../../core/legend/default-legend";
import { legendOver } from "../../core/legend/legend-over";
import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import { formatPath } from "../../core/model/parse-outside";
import { planToDrafts } from "../../core/plan/plan-to-drafts";
import { layoutTemplate } from "../../core/template/layout-template";
import { PRESETS } from "../../core/template/presets";
import { PRESET_IDS, TemplateSpecSchema } from "../../core/template/template-spec";
import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { chooseLanguage } from "../option-values";
import { refuseOutputOverInput } from "../output-guard";
import { choice, commaList, parseOptions } from "../parse-options";
import { quoteValue } from "../quote-value";
import { readLegendFile } from "../read-legend-file";
import { specProblem } from "../spec-problem";
import { cliWords } from "../words/cli-words";
import { writeOutput } from "../write-output";

export const TEMPLATE_HELP = `Usage: journey-mapper template --stages "Need,Buy,Delivery" [options]

Writes a journey template as a board in Miro REST API v2 items JSON (the format that
GET /v2/boards/{id}/items returns, and that \`journey-mapper analyze\` reads).

Options:
  --stages LIST        stage names, left to right, separated by commas (required)
  --lang en|sv|da      language of the labels (default: en)
  --preset NAME        ${PRESET_IDS.join(" | ")} (default: workshop)
  --lanes LIST         lane kinds instead of the preset's, each once: ${LANE_KINDS.join(",")}
  --title TEXT         the journey's title
  --goal TEXT          why the team maps this journey
  --scope-start TEXT   where the journey starts (usually the customer's need)
  --scope-end TEXT     where it ends
  --persona TEXT       whose journey it is
  --participants LIST  who takes part, separated by commas
  --legend FILE        a legend JSON to colour lanes with; the default's colours for the rest
  --out FILE           write to FILE instead of standard output
  -h, --help           show this help
`;

const SPEC_FLAGS: Record<string, string> = {
  stages: "--stages",
  lanes: "--lanes",
  language: "--lang",
  preset: "--preset",
  title: "--title",
  goal: "--goal",
  scopeStart: "--scope-start",
  scopeEnd: "--scope-end",
  persona: "--persona",
  participants: "--participants",
};

/** `journey-mapper template`: a template board file from the command line. */
export async function templateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions("template", args, {
    stages: { type: "string" },
    lang: { type: "string" },
    preset: { type: "string" },
    lanes: { type: "string" },
    title: { type: "string" },
    goal: { type: "string" },
    "scope-start": { type: "string" },
    "scope-end": { type: "string" },
    persona: { type: "string" },
    participants: { type: "string" },
    legend: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(TEMPLATE_HELP);
    return 0;
  }
  if (positionals[0] !== undefined)
    throw usageError(
      `template takes no file: ${quoteValue(positionals[0])}; to write the template to one, use --out FILE`,
    );
  if (values.stages === undefined) {
    throw usageError('template needs --stages, e.g. --stages "Need,Buy,Delivery"');
  }
  const lanes = values.lanes === undefined ? undefined : laneKinds(values.lanes);
  const spec = TemplateSpecSchema.safeParse(
    {
      stages: commaList(values.stages),
      lanes,
      language: values.lang === undefined ? undefined : chooseLanguage(values.lang),
      preset:
        values.preset === undefined
          ? undefined
          : choice("--preset", values.preset, PRESET_IDS, { noun: "preset" }),
      title: values.title,
      goal: values.goal,
      scopeStart: values["scope-start"],
      scopeEnd: values["scope-end"],
      persona: values.persona,
      participants: commaList(values.participants),
    },
    { error: specProblem },
  );
  if (!spec.success) {
    const issue = spec.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    const where = SPEC_FLAGS[field] ?? formatPath(issue?.path ?? []);
    throw usageError(`${where}: ${issue?.message ?? "not valid"}`);
  }
  const cwd = io.cwd ?? process.cwd();
  refuseOutputOverInput(values.out, [{ path: values.legend, what: "the legend file" }], cwd);
  const legend =
    values.legend === undefined
      ? undefined
      : // A legend file changes the colours it names; the default's others stay.
        legendOver(
          DEFAULT_LEGEND,
          (
            await readLegendFile(values.legend, cwd, (note) =>
              io.stderr(`journey-mapper: note: ${note}\n`),
            )
          ).entries,
        );

  const plan = layoutTemplate(spec.data);
  const board = new InMemoryBoard({ platform: "miro" });
  await board.createItems(
    planToDrafts(plan.items, {
      part: "template",
      groupId: plan.templateId,
      platform: "miro",
      ...(legend ? { legend } : {}),
    }),
  );
  const items = board.all();
  await writeOutput(`${JSON.stringify(writeMiroItems(items), null, 2)}\n`, values.out, io);
  if (values.out !== undefined) {
    const { language } = spec.data;
    const wrote = cliWords(language).wroteTemplate(values.out, {
      stages: plan.stages.length,
      lanes: plan.lanes.length,
      preset: spec.data.lanes ? null : PRESETS[spec.data.preset].name[language],
      language,
      items: items.length,
    });
    io.stderr(`${wrote}.\n`);
  }
  return 0;
}

/** How people also name the lane kinds: in the plural, as a board's lanes are. */
const LANE_PLURALS = Object.fromEntries(
  LANE_KINDS.map((kind) => [kind === "opportunity" ? "opportunities" : `${kind}s`, kind]),
) as Record<string, LaneKind>;

/** `--lanes`: lane kinds, each once, separated by commas. */
function laneKinds(value: string): LaneKind[] {
  const kinds = commaList(value).map((name) =>
    choice("--lanes", name, LANE_KINDS, { noun: "lane kind", aliases: LANE_PLURALS }),
  );
  if (kinds.length === 0) {
    throw usageError(
      `--lanes: no lane kinds in ${quoteValue(value)}; give them separated by commas, e.g. --lanes step,pain,action`,
    );
  }
  const twice = kinds.find((kind, i) => kinds.indexOf(kind) !== i);
  if (twice !== undefined) throw usageError(`--lanes: "${twice}" is given twice; each lane once`);
  return kinds;
}
