import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runAction } from '../../editor/actions/registry';
import { useBoardSession } from '../../hooks/session';
import { announceVersionsChanged, useVersions } from '../../hooks/useVersions';
import type { VersionMeta } from '../../model/versions/types';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { useActionEnabled } from '../hooks/useActionEnabled';
import { useNotify } from '../notify';
import { BackupRestore } from './BackupRestore';
import { RestoreFlow } from './RestoreFlow';
import { versionErrorText } from './versionErrors';
import { VersionItem } from './VersionItem';
import { versionTitle } from './versionText';

export interface HistoryPanelProps {
  /** Shows the board as it was in a version (the canvas's business). */
  onPreview(version: VersionMeta): void;
  /** Shows what changed between a version and the board now. */
  onCompare(version: VersionMeta): void;
}

/**
 * The History tab: the board's versions, newest first. Everyone can look at and compare them;
 * owners and writers name new ones and restore from them; owners delete named ones.
 */
export function HistoryPanel({ onPreview, onCompare }: HistoryPanelProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const notify = useNotify();
  const { store, list, refresh } = useVersions();
  const canName = useActionEnabled('nameVersion');
  const canRestore = session.canEdit;
  const canDelete = session.role === 'owner';
  const [restoring, setRestoring] = useState<VersionMeta | null>(null);
  const [deleting, setDeleting] = useState<VersionMeta | null>(null);
  useMinuteClock();
  const now = Date.now();

  const confirmDelete = async (version: VersionMeta) => {
    setDeleting(null);
    try {
      await store.remove(version.id);
      announceVersionsChanged();
    } catch (error) {
      notify.error(versionErrorText(t, error));
    }
  };

  return (
    <div className="history-panel">
      <p className="history-panel__where muted">{t(store.location === 'server' ? 'history.whereServer' : 'history.whereBrowser')}</p>
      {canName ? (
        <div className="history-panel__actions">
          <button type="button" className="button button--small button--primary" onClick={() => runAction(session, 'nameVersion', { t })}>
            {t('history.nameVersion')}
          </button>
          <BackupRestore />
        </div>
      ) : (
        <p className="history-panel__read-only muted">{t('history.readOnly')}</p>
      )}
      {list.status === 'loading' && <p className="empty-note" role="status">{t('history.loading')}</p>}
      {list.status === 'failed' && (
        <div className="history-panel__failed" role="alert">
          <p className="field-error">{versionErrorText(t, list.error)}</p>
          <button type="button" className="button button--small" onClick={refresh}>{t('history.refresh')}</button>
        </div>
      )}
      {list.status === 'ready' && list.versions.length === 0 && <p className="empty-note">{t('history.empty')}</p>}
      {list.status === 'ready' && list.versions.length > 0 && (
        <ul className="history-panel__list" aria-label={t('history.list')}>
          {list.versions.map((version) => (
            <VersionItem key={version.id} version={version} now={now} canRestore={canRestore} canDelete={canDelete}
              onPreview={() => onPreview(version)} onCompare={() => onCompare(version)}
              onRestore={() => setRestoring(version)} onDelete={() => setDeleting(version)} />
          ))}
        </ul>
      )}
      {restoring && <RestoreFlow version={restoring} onClose={() => setRestoring(null)} />}
      {deleting && (
        <ConfirmDialog title={t('history.deleteTitle')} message={t('history.deleteMessage', { name: versionTitle(t, deleting) })}
          confirmLabel={t('history.delete')} danger onConfirm={() => void confirmDelete(deleting)} onCancel={() => setDeleting(null)} />
      )}
    </div>
  );
}

/** Renders again each minute, so "2 minutes ago" stays true while the tab is open. */
function useMinuteClock(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
}
