import { useTranslation } from 'react-i18next';
import { useStore } from '../../hooks/useStore';
import { dismissNotice, noticeStore, type Notice } from './notices';

/**
 * Bottom toasts. Confirmations go in a polite live region that is always present; each error
 * carries role="alert" itself, so an alert exists only while there is something to say.
 */
export function NoticeArea() {
  const notices = useStore(noticeStore);
  return (
    <div className="notice-area">
      <div className="notice-stack">
        {notices.filter((n) => n.kind === 'error').map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </div>
      <div role="status" className="notice-stack">
        {notices.filter((n) => n.kind === 'info').map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </div>
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <div className={notice.kind === 'error' ? 'notice notice--error' : 'notice'} role={notice.kind === 'error' ? 'alert' : undefined}>
      <span className="notice__message">{notice.message}</span>
      <button
        type="button"
        className="icon-button notice__close"
        aria-label={t('ui.notice.dismiss')}
        onClick={() => dismissNotice(notice.id)}
      >
        ×
      </button>
    </div>
  );
}
