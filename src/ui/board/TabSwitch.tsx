import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../hooks/useStore';
import { type Store } from '../../editor/store';

interface TabSwitchProps<T extends string> {
  label: string;
  store: Store<T>;
  tabs: readonly { value: T; label: string }[];
  /** Id of the region the tabs control, for aria-controls. */
  panelId: string;
  className?: string;
}

/**
 * A segmented control with tab semantics: arrow keys move between the choices, and only the
 * current one is in the Tab order (the WAI-ARIA tabs pattern).
 */
export function TabSwitch<T extends string>({ label, store, tabs, panelId, className }: TabSwitchProps<T>) {
  const current = useStore(store);
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.value === current);
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    event.stopPropagation();
    store.set(tabs[next].value);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <div ref={listRef} role="tablist" aria-label={label} className={className ?? 'segmented'} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.value === current;
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            className={selected ? 'segmented__item is-active' : 'segmented__item'}
            onClick={() => store.set(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** Board canvas, shot list or the series arc; they share the selection, so switching keeps it. */
export function ViewSwitch({ store, panelId }: { store: Store<'board' | 'list' | 'arc'>; panelId: string }) {
  const { t } = useTranslation();
  return (
    <TabSwitch
      label={t('ui.board.viewLabel')}
      store={store}
      panelId={panelId}
      tabs={[
        { value: 'board', label: t('ui.board.viewBoard') },
        { value: 'list', label: t('ui.board.viewList') },
        { value: 'arc', label: t('ui.board.viewArc') },
      ]}
    />
  );
}
