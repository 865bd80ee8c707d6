import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientAutoReason } from '../../collab/versions/versionStore';
import { useBoardSession } from '../../hooks/session';
import { announceVersionsChanged, useVersionStore } from '../../hooks/useVersions';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { versionErrorText } from './versionErrors';

/**
 * Before a change that replaces much of the board (a restore, a script update, a backup),
 * saves the board as it is as an automatic version. Should that fail, the person is told why
 * and chooses: go on without it, or cancel. `saveFirst` resolves to whether to go on; render
 * `dialog` where the caller renders.
 */
export function useSafetyVersion(): { saveFirst(reason: ClientAutoReason): Promise<boolean>; dialog: ReactNode } {
  const { t } = useTranslation();
  const session = useBoardSession();
  const store = useVersionStore();
  const [failure, setFailure] = useState<string | null>(null);
  const answer = useRef<((goOn: boolean) => void) | null>(null);

  const saveFirst = useCallback(async (reason: ClientAutoReason) => {
    const { name, color } = session.presence.identity();
    try {
      await store.createAutomatic(reason, { name, color });
      announceVersionsChanged();
      return true;
    } catch (error) {
      setFailure(versionErrorText(t, error));
      return new Promise<boolean>((resolve) => {
        answer.current = resolve;
      });
    }
  }, [session, store, t]);

  const settle = (goOn: boolean) => {
    setFailure(null);
    answer.current?.(goOn);
    answer.current = null;
  };
  const dialog = failure !== null && (
    <ConfirmDialog title={t('history.safety.title')} message={t('history.safety.message', { error: failure })}
      confirmLabel={t('history.safety.goOn')} danger onConfirm={() => settle(true)} onCancel={() => settle(false)} />
  );
  return { saveFirst, dialog };
}
