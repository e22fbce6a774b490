import { describe, expect, it } from "vitest";
import type { Action } from "../actions/action-schema";
import { githubIssues } from "./github-issues";

const action = (title: string): Action => ({
  id: "act-1",
  title,
  status: "planned",
  stage: 0,
  stageTitle: "Köp",
  answers: ["@kundtjänst svarar inte"],
  owner: "lina",
  due: null,
  priority: null,
  votes: 1,
  noteIds: ["n1"],
});

describe("githubIssues", () => {
  it("measures a title after its mentions are quieted, so it stays within 256", () => {
    const title = `${"ord ".repeat(62)}@lina @ahmed`;
    expect(title.length).toBe(260);
    const [issue] = githubIssues({ schemaVersion: 1, language: "en", actions: [action(title)] });
    expect(issue?.title.length).toBeLessThanOrEqual(256);
    expect(issue?.title.endsWith("@\u200Dlina…")).toBe(true);
    expect(issue?.body.split("\n")[0]).toBe(
      `Full title: ${"ord ".repeat(62)}@\u200Dlina @\u200Dahmed`,
    );
  });

  it("quiets every @ in the body: the owner and the pains' own text", () => {
    const [issue] = githubIssues({ schemaVersion: 1, language: "en", actions: [action("Ring")] });
    expect(issue?.body).toBe(
      "Stage: Köp\nAnswers: @\u200Dkundtjänst svarar inte\nOwner: @\u200Dlina\nFrom the journey board: act-1 (n1)",
    );
    expect(issue).not.toHaveProperty("assignees");
  });
});
