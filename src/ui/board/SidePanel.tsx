import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { useRhythm } from '../../hooks/rhythm';
import { useStore } from '../../hooks/useStore';
import { Inspector } from '../inspector/Inspector';
import { ReviewSection } from '../inspector/ReviewSection';
import { useUnreadNotes } from '../review/useUnreadNotes';
import type { HistoryPanelProps } from '../history/HistoryPanel';
import { TabSwitch } from './TabSwitch';

const PANEL_ID = 'side-panel-content';
// Tabs used in a review or a suggestion pass load when first opened.
const SuggestionsPanel = lazy(() => import('../suggestions/SuggestionsPanel').then((module) => ({ default: module.SuggestionsPanel })));
const NotesPanel = lazy(() => import('../review/NotesPanel').then((module) => ({ default: module.NotesPanel })));
// The Series tab (fields, rhythm thresholds, exports) is not the opening tab either.
const SeriesTab = lazy(() => import('../series/SeriesTab'));
const ChecksPanel = lazy(() => import('../rhythm/ChecksPanel').then((module) => ({ default: module.ChecksPanel })));
const HistoryPanel = lazy(() => import('../history/HistoryPanel').then((module) => ({ default: module.HistoryPanel })));

/** The right-hand panel: the selection's inspector or the series as a whole. `history` opens
 *  a version's preview or comparison, which the board screen shows. */
export function SidePanel({ history, versionShown = false }: { history: HistoryPanelProps; versionShown?: boolean }) {
  const { t } = useTranslation();
  const { editor, canEdit } = useBoardSession();
  const panel = useStore(editor.sidePanel);
  const unread = useUnreadNotes(panel === 'notes');
  const openFindings = useRhythm().openCount;
  const label = {
    inspector: t('ui.side.inspector'), series: t('ui.side.series'), suggestions: t('ai.tab'), notes: t('notes.tab'), checks: t('ui.side.checks'), history: t('history.tab'),
  }[panel];
  return (
    <aside className="side-panel" aria-label={t('ui.side.label')}>
      <TabSwitch
        label={t('ui.side.label')}
        store={editor.sidePanel}
        panelId={PANEL_ID}
        className="side-panel__tabs"
        tabs={[
          { value: 'inspector', label: t('ui.side.inspector') },
          { value: 'series', label: t('ui.side.series') },
          { value: 'suggestions', label: t('ai.tab') },
          { value: 'notes', label: unread > 0 ? t('notes.tabUnread', { count: unread }) : t('notes.tab') },
          { value: 'checks', label: openFindings > 0 ? t('ui.side.checksCount', { count: openFindings }) : t('ui.side.checks') },
          { value: 'history', label: t('history.tab') },
        ]}
      />
      <div id={PANEL_ID} role="tabpanel" aria-label={label} className="side-panel__content">
        {versionShown && panel !== 'history' ? (
          // A version is on screen in place of the live board: nothing here may edit the board out of sight.
          <p className="empty-note">{t('versionView.sidePanelPaused')}</p>
        ) : panel === 'suggestions' ? (
          // Directors may ask for and regenerate suggestions; the cards decide what each role can do.
          <Suspense fallback={null}><SuggestionsPanel /></Suspense>
        ) : panel === 'notes' ? (
          <Suspense fallback={null}><NotesPanel /></Suspense>
        ) : panel === 'checks' ? (
          <Suspense fallback={null}><ChecksPanel /></Suspense>
        ) : panel === 'series' ? (
          <Suspense fallback={null}><SeriesTab canEdit={canEdit} /></Suspense>
        ) : panel === 'history' ? (
          <Suspense fallback={null}><HistoryPanel {...history} /></Suspense>
        ) : (
          <>
            <ReviewSection />
            {/* A disabled fieldset disables every control inside: read-only roles see, not edit. */}
            <fieldset className="read-only-scope" disabled={!canEdit}>
              <Inspector />
            </fieldset>
          </>
        )}
      </div>
    </aside>
  );
}
