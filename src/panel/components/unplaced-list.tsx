import type { AnalysisPreview } from "../session/analysis-preview";
import type { PanelSession } from "../session/panel-session";
import type { PanelWords } from "../words/panel-words";
import { reasonText } from "../words/report-text";

interface UnplacedListProps {
  preview: AnalysisPreview;
  words: PanelWords;
  session: PanelSession;
}

/** Every note that could not be placed, with why; each one brings its note into view. */
export function UnplacedList({ preview, words, session }: UnplacedListProps) {
  const said = words.analyse;
  return (
    <section class="jm-section" aria-labelledby="jm-unplaced-heading">
      <h3 id="jm-unplaced-heading">{said.unplaced(preview.unplaced.length)}</h3>
      {preview.unplaced.length === 0 ? (
        <p>{said.noneUnplaced}</p>
      ) : (
        <ul class="jm-unplaced">
          {preview.unplaced.map((note) => (
            <li key={note.noteId}>
              <button
                type="button"
                class="jm-link"
                onClick={() => void session.analyse.showNote(note.noteId)}
              >
                <span class="jm-sr">{said.showNote}</span>
                {note.text || said.emptyNote}
              </button>
              <span class="jm-reason">{reasonText(words, note.reason)}</span>
            </li>
          ))}
        </ul>
      )}
      {preview.structure > 0 && <p class="jm-hint">{said.structure(preview.structure)}</p>}
    </section>
  );
}
