import type { Note } from "../model/note";
import { EMPTY_HEADER, type WorkshopHeader } from "../model/workshop-header";
import type { BoardParts } from "./board-parts";
import { readWorkshopHeader } from "./read-workshop-header";
import type { TemplateGrid } from "./template-grid";

/**
 * The journey's header: the app's template's own, else the first workshop header written on the
 * board (a label, an app item or a header note), titled by the template, the given title or the
 * frame around all the notes.
 */
export function journeyHeader(
  parts: BoardParts,
  template: TemplateGrid | undefined,
  given: string | null | undefined,
  headerNote: Note | undefined,
): WorkshopHeader {
  const title = template?.title ?? given ?? enclosingFrameTitle(parts);
  const headerText = template?.headerText ?? null;
  return (
    (headerText !== null ? readWorkshopHeader(headerText, title) : null) ??
    firstHeaderOnBoard(
      [...parts.labels, ...parts.appItems, ...(headerNote ? [headerNote] : [])],
      title,
    ) ?? { ...EMPTY_HEADER, title }
  );
}

/** The title of a frame around all the notes: the journey's own frame. */
function enclosingFrameTitle(parts: BoardParts): string | null {
  if (parts.notes.length === 0) return null;
  const frame = parts.frames.find((f) =>
    parts.notes.every(
      (n) => Math.abs(n.x - f.x) <= f.width / 2 && Math.abs(n.y - f.y) <= f.height / 2,
    ),
  );
  return frame?.text.trim() || null;
}

function firstHeaderOnBoard(items: readonly { text: string }[], title: string | null) {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as { text: string };
    const header = item.text.includes("\n") ? readWorkshopHeader(item.text, title) : null;
    if (header) return header;
  }
  return null;
}
