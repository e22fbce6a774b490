import { JourneyChoice } from "./journey-choice";
import { JourneyTable } from "./journey-table";
import { LegendEditor } from "./legend-editor";
import { ScopeChoice } from "./scope-choice";
import { StageFeelings } from "./stage-feelings";
import type { TabProps } from "./tab-props";
import { TaskStatus } from "./task-status";
import { UnplacedList } from "./unplaced-list";
import { WriteButtons } from "./write-buttons";

/** Analyse: read the board into a journey, check it, adjust the legend, write back. */
export function AnalyseTab(props: TabProps) {
  const { session, state, words } = props;
  const said = words.analyse;
  const { preview, stale, journeys } = state.analyse;
  const busy = state.task !== null;
  return (
    <div class="jm-stack">
      <h2>{said.heading}</h2>
      <JourneyChoice {...props} />
      <ScopeChoice {...props} />
      <button
        type="button"
        class="jm-button jm-primary"
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) void session.analyse.analyse();
        }}
      >
        {preview ? said.runAgain : said.run}
      </button>
      {stale && <p class="jm-notice">{said.stale}</p>}
      {preview && (
        <>
          {journeys.length > 1 && <p class="jm-hint">{said.journeys(journeys.length)}</p>}
          <p>
            {preview.placed + preview.unplaced.length === 0
              ? said.empty
              : said.result(preview.placed, preview.stages.length)}
          </p>
          {preview.stages.length > 0 && <JourneyTable preview={preview} words={words} />}
          {preview.uncertain > 0 && <p class="jm-hint">{said.uncertain(preview.uncertain)}</p>}
          {preview.outsideStages > 0 && (
            <p class="jm-hint">{said.outsideStages(preview.outsideStages)}</p>
          )}
          <section class="jm-section" aria-labelledby="jm-hotspot-heading">
            <h3 id="jm-hotspot-heading">{said.hotspot}</h3>
            <p>{preview.headline}</p>
          </section>
          <StageFeelings preview={preview} words={words} language={state.language} />
          <UnplacedList preview={preview} words={words} session={session} />
          <LegendEditor {...props} preview={preview} />
          <WriteButtons {...props} />
        </>
      )}
      <TaskStatus {...props} />
    </div>
  );
}
