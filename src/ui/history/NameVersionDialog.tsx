import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { announceVersionsChanged, useVersionStore } from '../../hooks/useVersions';
import { MAX_VERSION_NAME_LENGTH } from '../../model/versions/types';
import { PromptDialog } from '../dialogs/PromptDialog';
import { useNotify } from '../notify';
import { versionErrorText } from './versionErrors';

/** "Name this version…" (the `nameVersion` action): keeps the board as it is now under a name. */
export function NameVersionDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const store = useVersionStore();
  const notify = useNotify();
  const [saving, setSaving] = useState(false);

  const save = async (name: string) => {
    if (saving) return;
    setSaving(true);
    const { name: authorName, color } = session.presence.identity();
    try {
      await store.createNamed(name, { name: authorName, color });
      announceVersionsChanged();
      notify.info(t('history.named', { name }));
      onClose();
    } catch (error) {
      setSaving(false);
      notify.error(versionErrorText(t, error));
    }
  };

  return (
    <PromptDialog title={t('history.nameTitle')} label={t('history.nameLabel')} confirmLabel={t('history.nameSave')}
      emptyMessage={t('history.nameEmpty')} maxLength={MAX_VERSION_NAME_LENGTH} onSubmit={(name) => void save(name)} onCancel={onClose} />
  );
}
