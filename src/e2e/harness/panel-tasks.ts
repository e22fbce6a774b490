import type { FrameLocator } from "playwright-core";
import { expect } from "vitest";

/** What came of a task in the panel: its report (role=status) and its error (role=alert). */
export interface TaskOutcome {
  report: string;
  error: string;
}

/** The panel's report and error as they stand. */
export async function panelOutcome(panel: FrameLocator): Promise<TaskOutcome> {
  const [report, error] = await Promise.all([
    panel.getByRole("status").textContent(),
    panel.getByRole("alert").textContent(),
  ]);
  return { report: report ?? "", error: error ?? "" };
}

/**
 * Presses a panel button that starts a task and waits until the task has finished, that is
 * until no progress bar shows and the panel has said how it went. A task clears the last
 * report as it starts, so an old report is never taken for the new one.
 */
export async function runTask(panel: FrameLocator, button: string): Promise<TaskOutcome> {
  await panel.getByRole("button", { name: button, exact: true }).click();
  let outcome: TaskOutcome = { report: "", error: "" };
  await expect
    .poll(async () => {
      if ((await panel.getByRole("progressbar").count()) > 0) return false;
      outcome = await panelOutcome(panel);
      return outcome.report !== "" || outcome.error !== "";
    })
    .toBe(true);
  return outcome;
}

/** Opens the Analyse tab and analyses the whole board; returns how it went. */
export async function analyseWholeBoard(panel: FrameLocator): Promise<TaskOutcome> {
  await panel.getByRole("tab", { name: "Analyse" }).click();
  await panel.getByRole("radio", { name: "Whole board" }).check();
  const again = panel.getByRole("button", { name: "Analyse again", exact: true });
  return runTask(panel, (await again.count()) > 0 ? "Analyse again" : "Analyse");
}
