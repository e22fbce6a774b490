import { TABS, type TabId } from "../session/panel-state";
import type { PanelWords } from "../words/panel-words";

/** The id of a task's tab and of its panel, for aria-controls and aria-labelledby. */
export const tabId = (tab: TabId) => `jm-tab-${tab}`;
export const tabPanelId = (tab: TabId) => `jm-tabpanel-${tab}`;

interface TaskTabsProps {
  current: TabId;
  words: PanelWords;
  select: (tab: TabId) => void;
}

/**
 * The three tasks as a WAI-ARIA tab list: one tab in the focus order, arrow keys move between
 * tabs (and select them, as switching is instant), Home and End go to the first and last.
 */
export function TaskTabs({ current, words, select }: TaskTabsProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.indexOf(current);
    const next: Record<string, number> = {
      ArrowRight: (at + 1) % TABS.length,
      ArrowLeft: (at - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const index = next[event.key];
    const tab = index === undefined ? undefined : TABS[index];
    if (tab === undefined) return;
    event.preventDefault();
    select(tab);
    // Every tab is drawn whatever is selected, so the new one can take the focus at once.
    (event.currentTarget as HTMLElement | null)
      ?.querySelector<HTMLElement>(`#${tabId(tab)}`)
      ?.focus();
  };
  return (
    <div class="jm-tabs" role="tablist" aria-label={words.panel.tasks} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          class="jm-tab"
          aria-selected={tab === current}
          aria-controls={tabPanelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => select(tab)}
        >
          {words.tabs[tab]}
        </button>
      ))}
    </div>
  );
}
