import { Suspense, lazy, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../collab/serverClient/liveBoard';
import { useBoardSession } from '../../hooks/session';
import { progressMegabytes } from '../lib/progressMegabytes';
import { SavedIcon, SavingIcon } from './icons';

// Rarely needed, so it loads when first opened (the first download stays small).
const ConflictDialog = lazy(() => import('./ConflictDialog').then((module) => ({ default: module.ConflictDialog })));

const STATE_KEYS = {
  local: ['live.status.local', 'live.status.localHint'],
  connecting: ['live.status.connecting', null],
  connected: ['live.status.connected', null],
  reconnecting: ['live.status.reconnecting', 'live.status.offlineHint'],
  offline: ['live.status.offline', 'live.status.offlineHint'],
  denied: ['live.status.denied', 'live.status.deniedHint'],
  'too-large': ['live.status.tooLarge', 'live.status.tooLargeHint'],
  full: ['live.status.full', 'live.status.fullHint'],
  busy: ['live.status.busy', 'live.status.busyHint'],
  unavailable: ['live.status.unavailable', 'live.status.unavailableHint'],
  conflict: ['live.status.conflict', 'live.status.conflictHint'],
} as const;

/** The pill's words for a status: its label and, where there is one, the longer hint. */
function useStatusText(status: SyncStatus): { label: string; hint: string | null } {
  const { t } = useTranslation();
  const { transfer } = status;
  if (transfer) {
    const label =
      transfer.kind === 'publishing'
        ? t('live.status.publishing', { done: progressMegabytes(transfer.done), total: progressMegabytes(transfer.total) })
        : t('live.status.loading', { percent: transfer.total > 0 ? Math.floor((transfer.done / transfer.total) * 100) : 0 });
    return { label, hint: null };
  }
  const [labelKey, hintKey] = STATE_KEYS[status.state];
  return { label: t(labelKey), hint: hintKey ? t(hintKey) : null };
}

/**
 * Where the board stands with the server: connected or not, whether all is saved, and the
 * progress of a large first sync. Long states are cut short with an ellipsis (the pill never
 * pushes into the controls beside it) and read in full on hover and by screen readers.
 */
export function StatusPill() {
  const { t } = useTranslation();
  const { sync, canEdit } = useBoardSession();
  const status = useSyncExternalStore(sync.subscribe, sync.get);
  const [resolving, setResolving] = useState(false);
  const { label, hint } = useStatusText(status);
  const bad = status.state === 'denied' || status.state === 'too-large' || status.state === 'full' || status.state === 'conflict';
  // Read-only roles have nothing of their own to save; local boards are saved in the browser;
  // a refused, oversized or full board saves nothing more, so "saved" would mislead.
  const showSaved = canEdit && status.state !== 'local' && !bad && !status.transfer;
  // Away from the server, unsaved changes wait here: "Saving…" would say they are on their way.
  const away = status.state === 'offline' || status.state === 'reconnecting' || status.state === 'unavailable';
  const saved = showSaved ? t(status.saved ? 'live.status.saved' : away ? 'live.status.unsent' : 'live.status.pending') : '';
  const tone = status.state === 'connected' && !status.transfer ? 'ok' : bad ? 'bad' : 'wait';
  const accessibleName = showSaved ? t('live.status.label', { state: label, saved }) : label;
  const content = (
    <>
      <span className="status-pill__dot" aria-hidden="true" />
      <span className="status-pill__label">{label}</span>
      {showSaved && <span className="status-pill__saved">· {saved}</span>}
      {/* Where the words do not fit (board.css), a mark still says whether all is saved. */}
      {showSaved && <span className="status-pill__saved-mark" aria-hidden="true">{status.saved ? <SavedIcon /> : <SavingIcon />}</span>}
    </>
  );
  const title = [accessibleName, hint].filter(Boolean).join('. ');
  if (status.state === 'conflict') {
    return (
      <>
        <button type="button" className="status-pill status-pill--bad status-pill--action" title={title}
          aria-label={t('live.status.conflictAction', { state: label })} onClick={() => setResolving(true)}>
          {content}
        </button>
        {resolving && (
          <Suspense fallback={null}>
            <ConflictDialog onClose={() => setResolving(false)} copyAsNewBoard={() => sync.copyAsNewBoard()} />
          </Suspense>
        )}
      </>
    );
  }
  return (
    <div className={`status-pill status-pill--${tone}`} role="status" aria-label={accessibleName} title={title}>
      {content}
      {status.transfer && (
        <progress className="status-pill__progress" max={Math.max(1, status.transfer.total)} value={status.transfer.done} aria-hidden="true" />
      )}
    </div>
  );
}
