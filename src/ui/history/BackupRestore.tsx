import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCRIPT_BYTES } from '../../io/script/types';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { FilePickerButton } from '../fields/FilePickerButton';
import { importErrorText } from '../lib/importErrors';
import { useNotify } from '../notify';
import { useRestoreVersion } from './useRestoreVersion';

type Backup = { title: string; board: Uint8Array; notes: Uint8Array };

/**
 * "Restore from a backup file…": a Beatboard backup (.json) replaces the open board's content
 * as one forward change, after an automatic `before-backup-restore` version. (The home
 * screen's import makes a new board from a backup instead.)
 */
export function BackupRestore() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { restore, dialog } = useRestoreVersion();
  const [backup, setBackup] = useState<Backup | null>(null);

  const read = async (file: File) => {
    if (file.size > MAX_SCRIPT_BYTES) {
      notify.error(t('importer.tooLarge', { name: file.name }));
      return;
    }
    const { readBackup } = await import('../../io/backup');
    try {
      setBackup(readBackup(await file.text()));
    } catch (error) {
      notify.error(t('history.backup.failed', { message: importErrorText(t, error) }));
    }
  };
  const confirm = (chosen: Backup) => {
    setBackup(null);
    void restore(chosen, { scope: 'board' }, 'before-backup-restore', t('history.backup.done'));
  };

  return (
    <>
      <FilePickerButton label={t('history.backup.button')} inputLabel={t('history.backup.file')} accept=".json,application/json"
        className="button button--small" onFile={(file) => void read(file)} />
      {backup && (
        <ConfirmDialog title={t('history.backup.title')} message={`${t('history.backup.message', { title: backup.title || t('ui.home.untitled') })} ${t('history.restoreDialog.safety')}`}
          confirmLabel={t('history.restoreDialog.confirm')} onConfirm={() => confirm(backup)} onCancel={() => setBackup(null)} />
      )}
      {dialog}
    </>
  );
}
