import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface VersionBannerProps {
  /** What is on screen, in one line. */
  message: ReactNode;
  /** Controls before "Back to the board" (Restore…, the compare-with choice). */
  children?: ReactNode;
  onBack(): void;
}

/** The strip over a version on the canvas: what it is, and the way back to the live board. */
export function VersionBanner({ message, children, onBack }: VersionBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="version-banner">
      <p className="version-banner__message">{message}</p>
      <div className="version-banner__actions">
        {children}
        <button type="button" className="button button--primary button--small" title={t('versionView.backHint')} onClick={onBack}>
          {t('versionView.back')}
        </button>
      </div>
    </div>
  );
}
