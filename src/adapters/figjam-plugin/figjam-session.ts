import type { FigJamPluginSettings } from "./figjam-plugin-options";
import type { FigmaPluginApi } from "./figma-api";
import { FontLoader } from "./font-loader";
import { UndoSteps } from "./undo-steps";

/** What the adapter's reads and writes share for as long as the plugin runs. */
export interface FigJamSession {
  api: FigmaPluginApi;
  settings: FigJamPluginSettings;
  fonts: FontLoader;
  undo: UndoSteps;
  /**
   * The ids of the nodes read or made so far: one of them gone by the time the app removes it
   * was deleted by a person meanwhile, and counts as removed; an id never seen is refused.
   */
  seen: Set<string>;
}

/** A new session on the plugin API. */
export function figJamSession(api: FigmaPluginApi, settings: FigJamPluginSettings): FigJamSession {
  return {
    api,
    settings,
    fonts: new FontLoader((font) =>
      attemptAsync({ settings }, () =>
        api.loadFontAsync({ family: font.family, style: font.style }),
      ),
    ),
    undo: new UndoSteps(() => api.commitUndo(), settings.schedule, settings.undoQuietMs),
    seen: new Set(),
  };
}

/** Whether an error says the node is gone (FigJam: `The node with id "1:2" does not exist`). */
export function isGoneError(error: unknown): boolean {
  return error instanceof Error && /does not exist/i.test(error.message);
}

/**
 * Runs one plugin API call, tried again up to `attempts` in all when it throws: FigJam's calls
 * fail before they change anything, so trying a call again is safe. A node that is gone is
 * not tried again.
 */
export function attempt<R>(session: Pick<FigJamSession, "settings">, call: () => R): R {
  for (let tries = 1; ; tries++) {
    try {
      return call();
    } catch (error) {
      if (tries >= session.settings.attempts || isGoneError(error)) throw error;
    }
  }
}

/** `attempt` for a call that answers with a promise. */
export async function attemptAsync<R>(
  session: Pick<FigJamSession, "settings">,
  call: () => Promise<R>,
): Promise<R> {
  for (let tries = 1; ; tries++) {
    try {
      return await call();
    } catch (error) {
      if (tries >= session.settings.attempts || isGoneError(error)) throw error;
    }
  }
}
