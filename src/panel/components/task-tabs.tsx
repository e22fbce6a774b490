import { useRef } from "preact/hooks";
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
  const list = useRef<HTMLDivElement>(null);
  const go = (tab: TabId) => {
    select(tab);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus();
  };
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
    go(tab);
  };
  return (
    <div
      class="jm-tabs"
      role="tablist"
      aria-label={words.panel.tasks}
      ref={list}
      onKeyDown={onKeyDown}
    >
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
