import { errorText, reportText } from "../words/report-text";
import type { TabProps } from "./tab-props";

/**
 * The running task's progress and Cancel, then what came of it: a report in a polite live
 * region, an error in an alert. Both regions stay in the page so screen readers hear changes.
 */
export function TaskStatus({ session, state, words }: TabProps) {
  const { task, report, error } = state;
  const progress = task?.progress ?? null;
  const percent = progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0;
  return (
    <div class="jm-task-status">
      {task && (
        <div class="jm-progress">
          <span id="jm-progress-label">{words.task.running[task.kind]}</span>
          <div
            class="jm-progress-track"
            role="progressbar"
            aria-labelledby="jm-progress-label"
            aria-valuemin={0}
            aria-valuemax={progress?.total ?? 100}
            {...(progress
              ? {
                  "aria-valuenow": progress.done,
                  "aria-valuetext": words.task.progress(progress.done, progress.total),
                }
              : {})}
          >
            <div
              class={progress ? "jm-progress-bar" : "jm-progress-bar jm-progress-busy"}
              style={progress ? { width: `${percent}%` } : undefined}
            />
          </div>
          {/* Every task but analysing writes in batches, and can stop between two. */}
          {task.kind !== "analyse" && (
            <button type="button" class="jm-button jm-secondary" onClick={() => session.cancel()}>
              {words.task.cancel}
            </button>
          )}
        </div>
      )}
      <p class="jm-status" role="status">
        {report ? reportText(words, report) : ""}
      </p>
      <p class="jm-alert" role="alert">
        {error ? errorText(words, error) : ""}
      </p>
    </div>
  );
}
