import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleTokens } from '../../model';
import { fetchLinks, revokeLinks } from '../../collab/serverClient/serverApi';
import { useBoardSession } from '../../hooks/session';
import type { BoardRole } from '../../model';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog, DialogActions } from './Dialog';

const SHARED_ROLES = ['writer', 'director', 'viewer'] as const satisfies readonly BoardRole[];
type SharedRole = (typeof SHARED_ROLES)[number];

type LinksState = { status: 'loading' } | { status: 'ready'; links: RoleTokens } | { status: 'failed'; message: string };

/** The owner's links per role, to copy, and to revoke and reissue when one leaks. */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { boardId, sync } = useBoardSession();
  const { token } = useSyncExternalStore(sync.subscribe, sync.get);
  const [links, setLinks] = useState<LinksState>({ status: 'loading' });
  const [copied, setCopied] = useState<SharedRole | null>(null);
  const [confirming, setConfirming] = useState<SharedRole | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    fetchLinks(boardId, token).then(
      (answer) => !cancelled && setLinks({ status: 'ready', links: answer.links }),
      (error: unknown) => !cancelled && setLinks({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, token]);

  const copy = async (role: SharedRole, link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(role);
      setNotice(t('live.share.copied'));
    } catch {
      setNotice(t('live.share.copyFailed'));
    }
  };

  const revoke = async (role: SharedRole) => {
    setConfirming(null);
    if (!token || links.status !== 'ready') return;
    try {
      const answer = await revokeLinks(boardId, role, token);
      setLinks({ status: 'ready', links: { ...links.links, [role]: answer.link } });
      setCopied(null);
      setNotice(t('live.share.revoked', { role: t(`live.role.${role}`) }));
    } catch (error) {
      setNotice(t('live.share.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <>
      <Dialog
        title={t('live.share.title')}
        onClose={onClose}
        footer={<DialogActions confirmLabel={t('live.share.close')} onConfirm={onClose} />}
      >
        <p className="field-hint">{t('live.share.intro')}</p>
        {!token && <p className="share__message">{t('live.share.notPublished')}</p>}
        {token && links.status === 'failed' && (
          <p className="share__message" role="alert">{t('live.share.failed', { message: links.message })}</p>
        )}
        {token && links.status === 'ready' && (
          <ul className="share__links">
            {SHARED_ROLES.map((role) => {
              const label = t('live.share.linkFor', { role: t(`live.role.${role}`) });
              return (
                <li key={role} className="share__row">
                  <label className="field-label" htmlFor={`share-${role}`}>
                    {label} <span className="muted">· {t(`live.share.roleHint.${role}`)}</span>
                  </label>
                  <div className="share__controls">
                    <input id={`share-${role}`} className="input share__link" readOnly value={links.links[role]}
                      onFocus={(event) => event.currentTarget.select()} />
                    <button type="button" className="button" aria-label={`${t('live.share.copy')}: ${label}`}
                      onClick={() => void copy(role, links.links[role])}>
                      {copied === role ? t('live.share.copied') : t('live.share.copy')}
                    </button>
                    <button type="button" className="button button--ghost button--danger-text"
                      aria-label={`${t('live.share.revoke')}: ${label}`} onClick={() => setConfirming(role)}>
                      {t('live.share.revoke')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <p className="share__notice" role="status" aria-live="polite">{notice}</p>
      </Dialog>
      {confirming && (
        <ConfirmDialog
          title={t('live.share.revoke')}
          message={t('live.share.revokeConfirm', { role: t(`live.role.${confirming}`) })}
          confirmLabel={t('live.share.revoke')}
          danger
          onConfirm={() => void revoke(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
