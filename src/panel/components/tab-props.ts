import type { PanelSession } from "../session/panel-session";
import type { PanelState } from "../session/panel-state";
import type { PanelWords } from "../words/panel-words";

/** What every part of the panel is drawn from. */
export interface TabProps {
  session: PanelSession;
  state: PanelState;
  words: PanelWords;
}
