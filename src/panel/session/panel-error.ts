/** The failures a facilitator can do something about, each with its own advice in the words. */
export type PanelErrorKind =
  | "not-app-owned"
  | "missing-item"
  | "holds-user-items"
  | "timeout"
  | "board-unavailable"
  | "invalid-template"
  | "empty-selection"
  | "no-frame"
  | "incomplete-write"
  | "language-unavailable"
  | "export-unavailable"
  | "analysis-unavailable"
  | "unknown";

/**
 * An error as the panel shows it: a kind, for unknown errors their first line, and for an
 * incomplete write how many of its changes were made, and how many items it made and left
 * unmarked (the board took neither their mark nor their removal).
 */
export interface PanelError {
  kind: PanelErrorKind;
  message: string;
  done?: number;
  total?: number;
  unmarked?: number;
}

/** Errors by their `name`, so the panel need not import the adapters that raise some of them. */
const KIND_BY_NAME: Record<string, PanelErrorKind> = {
  NotAppOwnedError: "not-app-owned",
  MissingItemError: "missing-item",
  HoldsUserItemsError: "holds-user-items",
  BoardTimeoutError: "timeout",
  BoardUnavailableError: "board-unavailable",
  ZodError: "invalid-template",
  $ZodError: "invalid-template",
  IncompleteWriteError: "incomplete-write",
  ExportUnavailableError: "export-unavailable",
  AnalysisUnavailableError: "analysis-unavailable",
};

/** How long an unknown error's message may be in the panel; the rest is noise to a facilitator. */
const MESSAGE_LIMIT = 200;

/** Whether the error is the user's own Cancel (the core's CancelledError or a DOM AbortError). */
export function isCancel(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  return name === "CancelledError" || name === "AbortError";
}

/** The error in the panel's terms. Only the first line of a message is kept: never a stack. */
export function describeError(error: unknown): PanelError {
  const name = error instanceof Error ? error.name : "";
  const kind = KIND_BY_NAME[name] ?? "unknown";
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const firstLine = raw.split("\n")[0]?.trim() ?? "";
  const message =
    firstLine.length > MESSAGE_LIMIT ? `${firstLine.slice(0, MESSAGE_LIMIT - 1)}…` : firstLine;
  if (kind !== "incomplete-write") return { kind, message };
  const field = (name: string): unknown => Reflect.get(error as object, name);
  const count = (name: string) => {
    const value = field(name);
    return typeof value === "number" ? value : 0;
  };
  const unmarked = field("unmarkedIds");
  return {
    kind,
    message,
    done: count("done"),
    total: count("total"),
    unmarked: Array.isArray(unmarked) ? unmarked.length : 0,
  };
}
