import { Component, type JSX } from "preact";
import type { Language } from "../../core/lexicon/lane-words";
import type { PanelSession } from "../session/panel-session";
import type { PanelState, TabId } from "../session/panel-state";
import { NO_WORDS } from "../words/words";
import { AnalyseTab } from "./analyse-tab";
import { ExportTab } from "./export-tab";
import { languageOptions } from "./language-options";
import { StartTab } from "./start-tab";
import type { TabProps } from "./tab-props";
import { TaskTabs, tabId, tabPanelId } from "./task-tabs";

const TAB_CONTENT: Record<TabId, (props: TabProps) => JSX.Element> = {
  start: StartTab,
  analyse: AnalyseTab,
  export: ExportTab,
};

interface PanelProps {
  session: PanelSession;
}

/**
 * The whole panel: the language switch, the three task tabs and the chosen task. It draws the
 * session's state again whenever the store changes: a class, so the panel page needs no hooks.
 */
export class Panel extends Component<PanelProps, { state: PanelState }> {
  private stopWatching: (() => void) | undefined;

  constructor(props: PanelProps) {
    super(props);
    this.state = { state: props.session.store.get() };
  }

  override componentDidMount(): void {
    const { store } = this.props.session;
    this.stopWatching = store.subscribe((state) => this.setState({ state }));
    // The store may have changed between the first drawing and now.
    this.setState({ state: store.get() });
  }

  override componentWillUnmount(): void {
    this.stopWatching?.();
  }

  override render() {
    return <PanelView session={this.props.session} state={this.state.state} />;
  }
}

function PanelView({ session, state }: { session: PanelSession; state: PanelState }) {
  const { words } = state;
  // Nothing until the words of the panel's language are in: no flash of another language.
  if (words === null) return state.error?.kind === "language-unavailable" ? <NoWords /> : null;
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
            onChange={(event) => void session.setLanguage(event.currentTarget.value as Language)}
          >
            {languageOptions()}
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

/** The panel when not even its first words could be fetched: said in every language. */
function NoWords() {
  return (
    <div class="jm-panel">
      <div class="jm-alert" role="alert">
        {(Object.keys(NO_WORDS) as Language[]).map((language) => (
          <p key={language} lang={language}>
            {NO_WORDS[language]}
          </p>
        ))}
      </div>
    </div>
  );
}
