import { describe, expect, it } from "vitest";
import { EXPORT_TARGETS } from "../../core/export/export-journey";
import type { ExportFile } from "../export/export-file";
import { da } from "../words/da";
import { en } from "../words/en";
import { errorText } from "../words/report-text";
import { sv } from "../words/sv";
import { type ExportsLoader, exportActions, PREVIEW_LINES } from "./export-actions";
import { EXPORT_FILES, PANEL_EXPORT_TARGETS } from "./export-files";
import { sessionOn, smallWorkshop } from "./panel-test-kit";
import { createTaskRunner } from "./task-runner";

describe("exporting from the panel", () => {
  it("offers every target of the CLI, each with its own file name", () => {
    expect(PANEL_EXPORT_TARGETS).toEqual([...EXPORT_TARGETS]);
    const names = PANEL_EXPORT_TARGETS.map((t) => EXPORT_FILES[t].fileName);
    expect(new Set(names).size).toBe(names.length);
    expect(EXPORT_FILES.jira).toEqual({
      fileName: "journey-jira.csv",
      mime: "text/csv;charset=utf-8",
    });
    expect(EXPORT_FILES.markdown.fileName).toBe("journey-report.md");
    expect(EXPORT_FILES.json.fileName).toBe("journey.json");
    expect(EXPORT_FILES["gh-script"].fileName).toBe("journey-gh-issues.sh");
  });

  it("needs an analysis first", async () => {
    const { session } = await sessionOn(smallWorkshop().items);
    expect(await session.exporting.file()).toBeNull();
    await session.exporting.refresh();
    expect(session.store.get().exporting.lines).toBeNull();
  });

  it("shows the first lines of the file, following the analysis and the target", async () => {
    const { session } = await sessionOn(smallWorkshop().items);
    await session.analyse.analyse();
    await session.exporting.refresh();
    const report = session.store.get().exporting;
    expect(report.target).toBe("markdown");
    expect(report.lines?.[0]).toMatch(/^# /);
    expect(report.lines?.length).toBe(PREVIEW_LINES);
    expect(report.totalLines).toBeGreaterThan(PREVIEW_LINES);

    await session.exporting.setTarget("jira");
    const jira = session.store.get().exporting;
    expect(jira.lines?.[0]).toMatch(/^Issue ID,/);
    const file = await session.exporting.file();
    expect(file?.fileName).toBe("journey-jira.csv");
    expect(file?.text.split(/\r?\n/)[0]).toBe(jira.lines?.[0]);
  });

  it("downloads through the page and says which file", async () => {
    const { session } = await sessionOn(smallWorkshop().items);
    await session.analyse.analyse();
    await session.exporting.setTarget("json");
    const saved: ExportFile[] = [];
    await session.exporting.download((file) => saved.push(file));
    expect(saved.map((f) => [f.fileName, f.mime])).toEqual([
      ["journey.json", "application/json;charset=utf-8"],
    ]);
    expect(JSON.parse(saved[0]?.text ?? "").schemaVersion).toBe(1);
    expect(session.store.get().report).toEqual({ kind: "downloaded", fileName: "journey.json" });

    // Another format: what was said of the last file is no longer shown beside it.
    await session.exporting.setTarget("jira");
    expect(session.store.get().report).toBeNull();
  });

  it("copies to the clipboard, and says to download when the clipboard is refused", async () => {
    const copied: string[] = [];
    const clipboard = { writeText: async (text: string) => void copied.push(text) };
    const { session } = await sessionOn(smallWorkshop().items, { clipboard });
    await session.analyse.analyse();
    await session.exporting.setTarget("checklist");
    await session.exporting.copy();
    expect(copied[0]).toBe((await session.exporting.file())?.text);
    expect(session.store.get().report).toEqual({ kind: "copied" });

    const refusing = {
      writeText: async () => {
        throw new DOMException("Write permission denied.", "NotAllowedError");
      },
    };
    const other = await sessionOn(smallWorkshop().items, { clipboard: refusing });
    await other.session.analyse.analyse();
    await other.session.exporting.copy();
    expect(other.session.store.get().report).toEqual({ kind: "copy-refused" });
    expect(other.session.store.get().error).toBeNull();
  });

  it("says in the panel's words when the exports cannot be fetched, and fetches again next time", async () => {
    const { board, session } = await sessionOn(smallWorkshop().items);
    await session.analyse.analyse();
    let tries = 0;
    const flaky: ExportsLoader = () => {
      tries += 1;
      if (tries === 1) {
        const url = "https://app.example/assets/export-file-3f2a.js";
        return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
      }
      return import("../export/export-file");
    };
    const { store } = session;
    const exporting = exportActions(
      { port: board, store, tasks: createTaskRunner(store) },
      undefined,
      flaky,
    );
    await exporting.refresh();
    const error = store.get().error;
    expect(error?.kind).toBe("export-unavailable");
    expect(error && errorText(en, error)).toBe(
      "The export could not be loaded. Check the connection and try again.",
    );
    expect(error && errorText(sv, error)).toBe(
      "Exporten kunde inte laddas. Kontrollera anslutningen och försök igen.",
    );
    expect(error && errorText(da, error)).toBe(
      "Eksporten kunne ikke indlæses. Tjek forbindelsen, og prøv igen.",
    );
    const saved: string[] = [];
    await exporting.download((file) => saved.push(file.fileName));
    expect([tries, saved]).toEqual([2, ["journey-report.md"]]);
    expect(store.get().error).toBeNull();
  });
});
