import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, parseRoute } from '../route';
import { Dialog } from '../dialogs';

/**
 * The ways out when the server already has this board's id and this browser holds no link to
 * it (its storage was cleared, or the board was restored from a backup somewhere else): open
 * the server's board with a link from its owner, or publish this browser's copy as a new board.
 */
export function ConflictDialog({ onClose, copyAsNewBoard }: { onClose(): void; copyAsNewBoard(): Promise<string> }) {
  const { t } = useTranslation();
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);

  const openLink = (event: FormEvent) => {
    event.preventDefault();
    const hash = link.includes('#') ? link.slice(link.indexOf('#')) : '';
    const route = parseRoute(hash);
    if (route.name !== 'board' || !route.token) {
      setLinkError(t('live.conflict.notALink'));
      return;
    }
    window.location.hash = hash;
    onClose();
  };
  const publishCopy = async () => {
    setCopying(true);
    try {
      const id = await copyAsNewBoard();
      onClose();
      navigate({ name: 'board', boardId: id });
    } catch (failure) {
      setCopying(false);
      setCopyError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Dialog title={t('live.conflict.title')} onClose={onClose}>
      <p>{t('live.conflict.explain')}</p>
      <form className="conflict-dialog__option" onSubmit={openLink}>
        <h3>{t('live.conflict.linkHeading')}</h3>
        <label className="field">
          <span className="field-label">{t('live.conflict.linkLabel')}</span>
          <input className="input" value={link} onChange={(event) => {
            setLink(event.target.value);
            setLinkError(null);
          }} placeholder="https://…/#/board/…?token=…" />
        </label>
        {linkError && <p className="field-error" role="alert">{linkError}</p>}
        <button type="submit" className="button button--primary" disabled={link.trim() === ''}>{t('live.conflict.openLink')}</button>
      </form>
      <div className="conflict-dialog__option">
        <h3>{t('live.conflict.copyHeading')}</h3>
        <p>{t('live.conflict.copyExplain')}</p>
        <button type="button" className="button" disabled={copying} onClick={() => void publishCopy()}>{t('live.conflict.copy')}</button>
        {copyError && <p className="field-error" role="alert">{copyError}</p>}
      </div>
    </Dialog>
  );
}
