import type { JSX } from "preact";
import type { Language } from "../../core/lexicon/lane-words";
import type { PanelSession } from "../session/panel-session";
import type { TabId } from "../session/panel-state";
import { LANGUAGE_NAMES, WORDS } from "../words/words";
import { AnalyseTab } from "./analyse-tab";
import { ExportTab } from "./export-tab";
import { StartTab } from "./start-tab";
import type { TabProps } from "./tab-props";
import { TaskTabs, tabId, tabPanelId } from "./task-tabs";
import { usePanelState } from "./use-panel-state";

const TAB_CONTENT: Record<TabId, (props: TabProps) => JSX.Element> = {
  start: StartTab,
  analyse: AnalyseTab,
  export: ExportTab,
};

/** The whole panel: the language switch, the three task tabs and the chosen task. */
export function Panel({ session }: { session: PanelSession }) {
  const state = usePanelState(session);
  const words = WORDS[state.language];
  const Content = TAB_CONTENT[state.tab];
  return (
    <div class="jm-panel" lang={state.language}>
      <header class="jm-header">
        <h1 class="jm-title">journey-mapper</h1>
        <label class="jm-language">
          <span>{words.panel.language}</span>
          <select
            class="jm-input"
            value={state.language}
            onChange={(event) => session.setLanguage(event.currentTarget.value as Language)}
          >
            {(Object.keys(LANGUAGE_NAMES) as Language[]).map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <TaskTabs current={state.tab} words={words} select={(tab) => session.selectTab(tab)} />
      <section
        class="jm-tabpanel"
        role="tabpanel"
        id={tabPanelId(state.tab)}
        aria-labelledby={tabId(state.tab)}
      >
        <Content session={session} state={state} words={words} />
      </section>
    </div>
  );
}
