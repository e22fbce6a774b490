import type { AnalysisPreview } from "../session/analysis-preview";
import type { PanelWords } from "../words/panel-words";

interface JourneyTableProps {
  preview: AnalysisPreview;
  words: PanelWords;
}

/**
 * Stages (columns) by lanes (rows) with the number of notes in each cell, uncertain placements
 * marked. The table scrolls inside its own box, so the panel never scrolls sideways.
 */
export function JourneyTable({ preview, words }: JourneyTableProps) {
  const said = words.analyse;
  const stageName = (index: number) => preview.stages[index] ?? said.stage(index);
  return (
    <section class="jm-table-scroll" aria-labelledby="jm-table-caption">
      <table class="jm-table">
        <caption id="jm-table-caption">{said.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{said.lane}</th>
            {preview.stages.map((_, index) => (
              <th
                key={index}
                scope="col"
                class={index === preview.hotspot ? "jm-hotspot" : undefined}
              >
                {stageName(index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.kind ?? "none"}>
              <th scope="row">{row.title ?? (row.kind ? words.lanes[row.kind] : said.noLane)}</th>
              {row.counts.map((count, index) => {
                const uncertain = row.uncertain[index] ?? 0;
                return (
                  <td key={index} class={index === preview.hotspot ? "jm-hotspot" : undefined}>
                    {count}
                    {uncertain > 0 && (
                      <span class="jm-uncertain">
                        <span aria-hidden="true">?</span>
                        <span class="jm-sr">{said.uncertainCell(uncertain)}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
