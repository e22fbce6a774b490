import type { AnalyseScope } from "../session/panel-state";
import type { TabProps } from "./tab-props";

const SCOPES: readonly AnalyseScope[] = ["board", "selection", "frame"];

/** What to analyse: the whole board, the selection (with its live count), or one frame. */
export function ScopeChoice({ session, state, words }: TabProps) {
  const { scope, selectionCount, frames, frameId } = state.analyse;
  const said = words.analyse;
  const label: Record<AnalyseScope, string> = {
    board: said.scopeBoard,
    selection: said.scopeSelection,
    frame: said.scopeFrame,
  };
  return (
    <fieldset class="jm-fieldset">
      <legend>{said.scope}</legend>
      {SCOPES.map((choice) => (
        <label key={choice} class="jm-choice">
          <input
            type="radio"
            name="jm-scope"
            checked={scope === choice}
            onChange={() => session.analyse.setScope(choice)}
          />
          {label[choice]}
          {choice === "selection" && <span class="jm-count"> {said.selected(selectionCount)}</span>}
        </label>
      ))}
      {scope === "frame" &&
        (frames.length === 0 ? (
          <p class="jm-hint">{said.noFrames}</p>
        ) : (
          <div class="jm-field">
            <label for="jm-frame">{said.frame}</label>
            <select
              id="jm-frame"
              class="jm-input"
              value={frameId ?? ""}
              onFocus={() => void session.analyse.refreshFrames()}
              onChange={(event) => session.analyse.setFrame(event.currentTarget.value)}
            >
              {frames.map((frame, index) => (
                <option key={frame.id} value={frame.id}>
                  {frame.title || said.untitledFrame(index + 1)}
                </option>
              ))}
            </select>
          </div>
        ))}
    </fieldset>
  );
}
