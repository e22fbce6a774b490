import { useEffect, useState } from "preact/hooks";
import type { PanelSession } from "../session/panel-session";
import type { PanelState } from "../session/panel-state";

/** The session's state, re-rendering the component whenever it changes. */
export function usePanelState(session: PanelSession): PanelState {
  const [state, setState] = useState(session.store.get());
  useEffect(() => {
    setState(session.store.get());
    return session.store.subscribe(setState);
  }, [session]);
  return state;
}
