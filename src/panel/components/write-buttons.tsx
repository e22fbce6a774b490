import { WRITE_BACK_PARTS } from "../../core/board/app-items/parts";
import type { Language } from "../../core/lexicon/lane-words";
import { languageOptions } from "./language-options";
import type { TabProps } from "./tab-props";

/**
 * The four write-backs, one button each, and the language they write in. While a task runs
 * the buttons say they are unavailable but keep the focus, so a keyboard user can go on to Cancel.
 */
export function WriteButtons({ session, state, words }: TabProps) {
  const said = words.analyse;
  const busy = state.task !== null;
  return (
    <section class="jm-section" aria-labelledby="jm-write-heading">
      <h3 id="jm-write-heading">{said.writeHeading}</h3>
      <div class="jm-field">
        <label for="jm-write-language">{said.writeLanguage}</label>
        <select
          id="jm-write-language"
          class="jm-input"
          value={state.analyse.writeLanguage}
          onChange={(event) =>
            session.analyse.setWriteLanguage(event.currentTarget.value as Language)
          }
        >
          {languageOptions()}
        </select>
      </div>
      <div class="jm-actions">
        {WRITE_BACK_PARTS.map((part) => (
          <button
            key={part}
            type="button"
            class="jm-button"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void session.write.write(part);
            }}
          >
            {said.parts[part]}
          </button>
        ))}
      </div>
    </section>
  );
}
