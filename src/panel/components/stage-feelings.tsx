import type { Language } from "../../core/lexicon/lane-words";
import { scoreText } from "../../core/summary/summary-words";
import type { AnalysisPreview } from "../session/analysis-preview";
import { feelingStep } from "../session/feeling";
import type { PanelWords } from "../words/panel-words";

/** A face per feeling step, from very negative to very positive; decoration only. */
const FACES = ["😣", "🙁", "😐", "🙂", "😄"] as const;

interface StageFeelingsProps {
  preview: AnalysisPreview;
  words: PanelWords;
  language: Language;
}

/** The feeling in each stage: a face, a word and the score from −2 to +2. */
export function StageFeelings({ preview, words, language }: StageFeelingsProps) {
  const said = words.analyse;
  if (preview.stages.length === 0) return null;
  return (
    <section class="jm-section" aria-labelledby="jm-feelings-heading">
      <h3 id="jm-feelings-heading">{said.feelings}</h3>
      <ul class="jm-feelings">
        {preview.feelings.map((score, index) => {
          const step = feelingStep(score);
          return (
            <li key={index}>
              <span class="jm-feeling-stage">{preview.stages[index] ?? said.stage(index)}</span>
              <span class="jm-feeling">
                <span aria-hidden="true">{step === null ? "·" : FACES[step + 2]}</span>{" "}
                {step === null ? said.feelingUnknown : said.feelingSteps[step + 2]}
                {score !== null && ` (${scoreText(score, language)})`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
