import type { ExportTarget } from "../../core/export/export-journey";

/** How a download of an export is named and typed. */
export interface ExportFileKind {
  fileName: string;
  mime: string;
}

const CSV = "text/csv;charset=utf-8";
const JSON_TYPE = "application/json;charset=utf-8";
const MARKDOWN = "text/markdown;charset=utf-8";

/**
 * Every export target with its file, in the order the panel offers them: plain data, so the
 * session and its tests know the files without making one.
 */
export const EXPORT_FILES: Record<ExportTarget, ExportFileKind> = {
  jira: { fileName: "journey-jira.csv", mime: CSV },
  linear: { fileName: "journey-linear.csv", mime: CSV },
  asana: { fileName: "journey-asana.csv", mime: CSV },
  azure: { fileName: "journey-azure-devops.csv", mime: CSV },
  github: { fileName: "journey-github-issues.json", mime: JSON_TYPE },
  "gh-script": { fileName: "journey-gh-issues.sh", mime: "text/x-sh;charset=utf-8" },
  checklist: { fileName: "journey-checklist.md", mime: MARKDOWN },
  actions: { fileName: "journey-actions.json", mime: JSON_TYPE },
  markdown: { fileName: "journey-report.md", mime: MARKDOWN },
  json: { fileName: "journey.json", mime: JSON_TYPE },
  stories: { fileName: "journey-user-stories.txt", mime: "text/plain;charset=utf-8" },
};

/** The targets in the order the panel lists them. */
export const PANEL_EXPORT_TARGETS = Object.keys(EXPORT_FILES) as ExportTarget[];
