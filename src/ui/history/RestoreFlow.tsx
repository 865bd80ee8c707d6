import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVersionStore } from '../../hooks/useVersions';
import type { VersionMeta } from '../../model/versions/types';
import { RestoreDialog } from './RestoreDialog';
import { useRestoreVersion } from './useRestoreVersion';
import { versionTitle } from './versionText';

/**
 * "Restore…" from start to end for one version: the dialog that asks what to restore, then
 * the automatic version of the board as it is (asking what to do should that fail), then the
 * restore. Used by the History tab and by the version preview; `onClose` runs when it is over.
 */
export function RestoreFlow({ version, onClose, onRestored }: { version: VersionMeta; onClose(): void; onRestored?(): void }) {
  const { t } = useTranslation();
  const store = useVersionStore();
  const { restore, dialog } = useRestoreVersion();
  const [choosing, setChoosing] = useState(true);
  const loadSnapshot = useCallback(() => store.fetchSnapshot(version.id), [store, version.id]);

  if (choosing) {
    return (
      <RestoreDialog version={version} loadSnapshot={loadSnapshot} onClose={onClose}
        onRestore={(snapshot, choice) => {
          setChoosing(false);
          void restore(snapshot, choice, 'before-restore', t('history.restored', { name: versionTitle(t, version) })).then((done) => {
            if (done) onRestored?.();
            onClose();
          });
        }} />
    );
  }
  return <>{dialog}</>;
}
