import { describe, expect, it } from "vitest";
import { JOURNEY_SCHEMA_VERSION, type Journey, JourneySchema } from "./journey";
import { parseOutside } from "./parse-outside";
import { EMPTY_HEADER } from "./workshop-header";

const journey: Journey = {
  schemaVersion: JOURNEY_SCHEMA_VERSION,
  header: { ...EMPTY_HEADER, title: "Köpa bil", participants: ["Sälj"] },
  stages: [
    { title: "Behov", band: { start: 0, end: 500 } },
    { title: null, band: { start: 500, end: 900 } },
  ],
  lanes: [
    { kind: "step", title: "Kundsteg", band: { start: 0, end: 300 } },
    { kind: "pain", title: null, band: null },
  ],
  notes: [
    {
      id: "n1",
      text: "Lång väntetid",
      colour: "miro:red",
      rawColour: "red",
      colourDistance: 0,
      x: 250,
      y: 400,
      width: 199,
      height: 228,
      itemKind: "sticky",
      parentId: null,
    },
  ],
  placements: [{ noteId: "n1", stage: 0, lane: "pain", confidence: 0.9 }],
  unplaced: [{ noteId: "n2", reason: "outside every stage and its colour has no meaning" }],
};

describe("JourneySchema", () => {
  it("round-trips a journey through JSON", () => {
    const parsed = parseOutside(JourneySchema, JSON.parse(JSON.stringify(journey)), "journey");
    expect(parsed).toEqual({ ok: true, value: journey });
  });

  it("names the path of a bad field", () => {
    const bad = structuredClone(journey) as unknown as Record<string, unknown[]>;
    (bad.placements?.[0] as Record<string, unknown>).lane = "pains";
    const parsed = parseOutside(JourneySchema, bad, "journey.json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/^journey\.json is not valid:\nplacements\[0\]\.lane: /);
      expect(parsed.error).toContain('"pain"');
    }
  });

  it("rejects another schema version, a confidence above 1 and a stage that is not there", () => {
    const checks: [unknown, string][] = [
      [{ ...journey, schemaVersion: 2 }, "schemaVersion"],
      [
        { ...journey, placements: [{ noteId: "n1", stage: 0, lane: null, confidence: 1.5 }] },
        "placements[0].confidence",
      ],
      [
        { ...journey, placements: [{ noteId: "n1", stage: 2, lane: null, confidence: 1 }] },
        "placements[0].stage: stage 2 does not exist (the journey has 2)",
      ],
      [{ ...journey, stages: [{ title: "x", band: { start: 5, end: 1 } }] }, "stages[0].band"],
    ];
    for (const [data, path] of checks) {
      const parsed = parseOutside(JourneySchema, data, "journey");
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain(path);
    }
  });

  it("describes a document that is not an object at the top level", () => {
    const parsed = parseOutside(JourneySchema, [], "journey");
    expect(parsed).toEqual({
      ok: false,
      error: "journey is not valid:\n(top level): expected object, received array",
    });
  });
});
