import { createRequire } from "node:module";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { exportJourney } from "../../core/export/export-journey";
import type { GitHubIssue } from "../../core/export/github-issues";
import { LONG_STAGE, LONG_TITLE, trackerJourney, trackerPeople } from "./tracker-journey";

/** GitHub's published OpenAPI description of its REST API (@octokit/openapi). */
const api = createRequire(import.meta.url)("@octokit/openapi/generated/api.github.com.json") as {
  paths: Record<
    string,
    Record<string, { requestBody: { content: { "application/json": { schema: object } } } }>
  >;
};
const bodySchema = (path: string) =>
  api.paths[path]?.post?.requestBody.content["application/json"].schema as object;

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema's words: null allowed besides the schema. (Ajv
 * reads `nullable` only beside a `type`, and GitHub's `milestone` has it beside a oneOf.)
 */
function jsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (schema === null || typeof schema !== "object") return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, jsonSchema(value)]),
  );
  return nullable === true ? { anyOf: [converted, { type: "null" }] } : converted;
}

// strict: false, as OpenAPI adds keywords (`example`) that JSON Schema does not define.
const ajv = new Ajv({ strict: false, allErrors: true });
const validIssue = ajv.compile(jsonSchema(bodySchema("/repos/{owner}/{repo}/issues")) as object);
const validLabel = ajv.compile(jsonSchema(bodySchema("/repos/{owner}/{repo}/labels")) as object);

const people = trackerPeople();
const issues = JSON.parse(
  exportJourney(trackerJourney(), "github", { language: "sv", people }),
) as GitHubIssue[];

describe("the GitHub export, checked against GitHub's OpenAPI description", () => {
  it("writes bodies that POST /repos/{owner}/{repo}/issues accepts", () => {
    expect(issues).toHaveLength(5);
    for (const issue of issues) {
      expect(validIssue(issue), JSON.stringify(validIssue.errors)).toBe(true);
    }
    // The schema itself can fail: a title that is neither text nor a number is refused.
    expect(validIssue({ title: ["no"] })).toBe(false);
  });

  it("creates labels that POST /repos/{owner}/{repo}/labels accepts, within GitHub's 50 characters", () => {
    const labels = [...new Set(issues.flatMap((issue) => issue.labels))];
    for (const name of labels) expect(validLabel({ name })).toBe(true);
    // GitHub answers 422 to a label name over 50 characters; the stage of 74 no longer gets one.
    expect(`stage-${LONG_STAGE}`.length).toBeGreaterThan(50);
    expect(Math.max(...labels.map((label) => [...label].length))).toBeLessThanOrEqual(50);
    expect(labels).toEqual([
      "journey-mapper",
      "stage-behov",
      "priority-high",
      "priority-medium",
      "stage-kunden-jämför-erbjudanden-från-flera",
      "priority-low",
      "idea",
      "stage-kunden-jämför-erbjudanden-från-flera-2",
      "suggestion",
    ]);
  });

  it("keeps titles within GitHub's 256 characters, the whole title in the body", () => {
    const long = issues[2] as GitHubIssue;
    expect([...long.title].length).toBeLessThanOrEqual(256);
    expect(long.title.endsWith("…")).toBe(true);
    expect(LONG_TITLE.startsWith(long.title.slice(0, -1))).toBe(true);
    expect(long.body.split("\n")[0]).toBe(`Hela titeln: ${LONG_TITLE}`);
  });

  it("assigns by the people map's GitHub login, and never @mentions anyone", () => {
    expect(issues.map((issue) => issue.assignees)).toEqual([
      ["lina-s"],
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // GitHub's mention: an @ at a word's start followed by a login's first character.
    const mention = /(^|[^\p{L}\p{N}_.+-])@[\p{L}\p{N}_]/u;
    for (const issue of issues) {
      expect(issue.title).not.toMatch(mention);
      expect(issue.body).not.toMatch(mention);
    }
    expect(issues[1]?.title).toContain("fråga @\u200Dkundtjänst om");
    expect(issues[1]?.body).toContain("Ägare: @\u200Dsøren");
  });
});
