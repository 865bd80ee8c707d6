import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';

/**
 * Shown once the server refuses this board's link (the owner revoked it, or it is not valid
 * here), whether while the board is open or when it opens again from this browser's copy.
 * Nothing done from then on reaches anyone, so this says so across the board rather than only
 * in the status pill's tooltip, and closes any open dialog (review mode, a note half written)
 * that would otherwise go on looking as if it worked.
 */
export function LinkRefusedBanner({ onBack }: { onBack(): void }) {
  const { t } = useTranslation();
  const { sync, editor } = useBoardSession();
  const refused = useSyncExternalStore(sync.subscribe, () => sync.get().state === 'denied');
  useEffect(() => {
    if (refused) editor.dialog.set(null);
  }, [refused, editor]);
  if (!refused) return null;
  return (
    <div className="banner banner--danger" role="alert">
      <div className="banner__body">
        <p className="banner__title">{t('live.refused.title')}</p>
        <p>{t('live.refused.body')}</p>
      </div>
      <button type="button" className="button button--small" onClick={onBack}>
        {t('app.backHome')}
      </button>
    </div>
  );
}
