import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
import { summarizeJourney } from "../summary/summarize-journey";
import { summaryMarkdown } from "./summary-markdown";

describe("summaryMarkdown", () => {
  it("writes each pain and KPI of a stage on its own line of the cell, markup escaped", () => {
    const summary = summarizeJourney(
      swedishJourney([
        [0, "pain", "Lång kö"],
        [0, "pain", "lång kö!"],
        [0, "pain", "Dyrt <ca> 5|6"],
        [0, "kpi", "NPS > 40"],
        [0, "kpi", "Tid < 2 min"],
      ]),
      "sv",
    );
    const lines = summaryMarkdown(summary).split("\n");
    expect(lines).toContain(
      "| **Behov** 🔥 | Lång kö (×2)<br>Dyrt \\<ca\\> 5\\|6 |  | −2,0 | NPS \\> 40<br>Tid \\< 2 min |",
    );
    expect(lines).toContain("2. Dyrt \\<ca\\> 5\\|6 (×1; Behov)");
  });
});
