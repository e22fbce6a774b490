import {
  FIGJAM_COLOUR_NAMES,
  MIRO_COLOUR_NAMES,
  type NamedColourId,
} from "../../core/colour/named-colour";
import { hexOf } from "../../core/colour/swatches";
import { type LegendMeaning, meaningOf } from "../../core/legend/legend";
import { LANE_KINDS } from "../../core/model/lane-kind";
import type { AnalysisPreview } from "../session/analysis-preview";
import { colourText, meaningText } from "../words/report-text";
import type { TabProps } from "./tab-props";

const MEANINGS: readonly LegendMeaning[] = [...LANE_KINDS, "stage-header", "none"];

/**
 * The legend the analysis used, one row per sticky colour of the platform: a swatch, its name
 * and a select of what it means. A change is kept on the board and the board read again.
 */
export function LegendEditor(props: TabProps & { preview: AnalysisPreview }) {
  const { session, state, words, preview } = props;
  const said = words.legend;
  const names = session.platform === "miro" ? MIRO_COLOUR_NAMES : FIGJAM_COLOUR_NAMES;
  const busy = state.task !== null;
  return (
    <details class="jm-legend">
      <summary>{said.heading}</summary>
      <p class="jm-hint">{said.source[preview.legendSource]}</p>
      {state.analyse.brokenSavedLegend && <p class="jm-notice">{said.brokenSaved}</p>}
      <p class="jm-hint">{said.help}</p>
      <ul class="jm-legend-rows">
        {names.map((name) => {
          const colour = `${session.platform}:${name}` as NamedColourId;
          const meaning = meaningOf(preview.legend, colour) ?? "none";
          const colourName = colourText(words, name);
          return (
            <li key={colour} class="jm-legend-row">
              <span class="jm-swatch" style={{ background: hexOf(colour) }} aria-hidden="true" />
              <span class="jm-colour-name">{colourName}</span>
              <select
                class="jm-input"
                aria-label={said.meaningOf(colourName)}
                value={meaning}
                aria-disabled={busy || undefined}
                onChange={(event) =>
                  void session.analyse.setColourMeaning(
                    colour,
                    event.currentTarget.value as LegendMeaning,
                  )
                }
              >
                {MEANINGS.map((option) => (
                  <option key={option} value={option}>
                    {meaningText(words, option)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
