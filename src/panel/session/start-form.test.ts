import { describe, expect, it } from "vitest";
import { TemplateSpecSchema } from "../../core/template/template-spec";
import { emptyStartForm, readStartForm, START_LIMITS, type StartForm } from "./start-form";

const form = (change: Partial<StartForm>): StartForm => ({ ...emptyStartForm("en"), ...change });
const many = (count: number, length: number, separator: string) =>
  Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, "x")).join(separator);

describe("reading the Start form", () => {
  it("splits participants on commas and lines, and stages on lines, dropping blanks", () => {
    const read = readStartForm(
      form({ participants: "Anna, Björn\n\nCecilia ,", stages: "A\n\n B \n" }),
    );
    expect(read).toMatchObject({
      ok: true,
      spec: { participants: ["Anna", "Björn", "Cecilia"], stages: ["A", "B"], preset: "workshop" },
    });
    expect(read.ok && "lanes" in read.spec).toBe(false);
  });

  it("accepts exactly what the core's template schema accepts at the limits", () => {
    const largest = form({
      title: "t".repeat(START_LIMITS.text),
      stages: many(START_LIMITS.stages, START_LIMITS.stageName, "\n"),
      participants: many(START_LIMITS.participants, START_LIMITS.participantName, ","),
    });
    const read = readStartForm(largest);
    expect(read.ok).toBe(true);
    if (read.ok) expect(TemplateSpecSchema.safeParse(read.spec).success).toBe(true);

    const over = [
      { title: "t".repeat(START_LIMITS.text + 1) },
      { stages: many(START_LIMITS.stages + 1, 3, "\n") },
      { stages: "x".repeat(START_LIMITS.stageName + 1) },
      { participants: many(START_LIMITS.participants + 1, 3, ",") },
      { participants: "x".repeat(START_LIMITS.participantName + 1) },
    ];
    for (const change of over) {
      expect(readStartForm(form(change)).ok).toBe(false);
      const spec = { ...emptyStartForm("en"), ...change };
      const raw = {
        title: spec.title,
        stages: spec.stages.split("\n"),
        participants: spec.participants ? spec.participants.split(",") : [],
      };
      expect(TemplateSpecSchema.safeParse(raw).success).toBe(false);
    }
  });

  it("says which field is wrong and how", () => {
    const read = readStartForm(
      form({ stages: many(21, 3, "\n"), goal: "g".repeat(501), lanesFrom: "own", lanes: [] }),
    );
    expect(read).toEqual({
      ok: false,
      problems: {
        goal: { kind: "too-long", max: 500 },
        stages: { kind: "too-many-stages", count: 21, max: 20 },
        lanes: { kind: "no-lanes" },
      },
    });
    expect(readStartForm(form({ stages: `ok\n${"x".repeat(121)}` }))).toMatchObject({
      problems: { stages: { kind: "stage-too-long", stage: 2 } },
    });
  });
});
