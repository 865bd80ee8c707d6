import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../editor/session';

const STATE_KEYS = {
  local: ['live.status.local', 'live.status.localHint'],
  connecting: ['live.status.connecting', null],
  connected: ['live.status.connected', null],
  reconnecting: ['live.status.reconnecting', 'live.status.offlineHint'],
  offline: ['live.status.offline', 'live.status.offlineHint'],
  denied: ['live.status.denied', 'live.status.deniedHint'],
  'too-large': ['live.status.tooLarge', 'live.status.tooLargeHint'],
} as const;

/** Where the board stands with the server: connected or not, and whether all is saved. */
export function StatusPill() {
  const { t } = useTranslation();
  const { sync, canEdit } = useBoardSession();
  const status = useSyncExternalStore(sync.subscribe, sync.get);
  const [labelKey, hintKey] = STATE_KEYS[status.state];
  const label = t(labelKey);
  // Read-only roles have nothing of their own to save; local boards are saved in the browser.
  const showSaved = canEdit && status.state !== 'local';
  const saved = showSaved ? t(status.saved ? 'live.status.saved' : 'live.status.pending') : '';
  const tone = status.state === 'connected' ? 'ok' : status.state === 'denied' || status.state === 'too-large' ? 'bad' : 'wait';
  return (
    <div
      className={`status-pill status-pill--${tone}`}
      role="status"
      aria-label={showSaved ? t('live.status.label', { state: label, saved }) : label}
      title={hintKey ? t(hintKey) : undefined}
    >
      <span className="status-pill__dot" aria-hidden="true" />
      <span>{label}</span>
      {showSaved && <span className="status-pill__saved">· {saved}</span>}
    </div>
  );
}
