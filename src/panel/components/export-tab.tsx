import type { ExportTarget } from "../../core/export/export-journey";
import { PANEL_EXPORT_TARGETS } from "../session/export-files";
import { JourneyChoice } from "./journey-choice";
import { saveFile } from "./save-file";
import type { TabProps } from "./tab-props";
import { TaskStatus } from "./task-status";

/** Export: pick a target, see the start of the file, download or copy it. */
export function ExportTab(props: TabProps) {
  const { session, state, words } = props;
  const said = words.exporting;
  const { target, lines, totalLines } = state.exporting;
  const busy = state.task !== null;
  if (state.analyse.preview === null) {
    return (
      <div class="jm-stack">
        <h2>{said.heading}</h2>
        <p>{said.needsAnalysis}</p>
        <button
          type="button"
          class="jm-button jm-primary"
          aria-disabled={busy || undefined}
          onClick={async () => {
            if (busy) return;
            session.analyse.setScope("board");
            await session.analyse.analyse();
            // The button is gone with the analysis: the keyboard goes on from the format.
            setTimeout(() => document.getElementById("jm-export-target")?.focus(), 0);
          }}
        >
          {said.analyseNow}
        </button>
        <TaskStatus {...props} />
      </div>
    );
  }
  return (
    <div class="jm-stack">
      <h2>{said.heading}</h2>
      <JourneyChoice {...props} />
      <div class="jm-field">
        <label for="jm-export-target">{said.target}</label>
        <select
          id="jm-export-target"
          class="jm-input"
          value={target}
          aria-describedby="jm-export-description"
          onChange={(event) =>
            void session.exporting.setTarget(event.currentTarget.value as ExportTarget)
          }
        >
          {PANEL_EXPORT_TARGETS.map((option) => (
            <option key={option} value={option}>
              {said.targets[option].label}
            </option>
          ))}
        </select>
        <span class="jm-hint" id="jm-export-description">
          {said.targets[target].description}
        </span>
      </div>
      <section class="jm-section" aria-labelledby="jm-export-preview-heading">
        <h3 id="jm-export-preview-heading">{said.preview}</h3>
        {lines !== null && (
          <pre class="jm-code">
            {lines.length === 0 || (lines.length === 1 && lines[0] === "")
              ? said.empty
              : lines.join("\n")}
          </pre>
        )}
        {totalLines > (lines?.length ?? 0) && (
          <p class="jm-hint">{said.moreLines(totalLines - (lines?.length ?? 0))}</p>
        )}
      </section>
      <div class="jm-actions">
        <button
          type="button"
          class="jm-button jm-primary"
          onClick={() => void session.exporting.download(saveFile)}
        >
          {said.download}
        </button>
        <button type="button" class="jm-button" onClick={() => void session.exporting.copy()}>
          {said.copy}
        </button>
      </div>
      <TaskStatus {...props} />
    </div>
  );
}
