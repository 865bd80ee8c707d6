import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionMeta } from '../../model/versions/types';
import { versionTitle } from './versionText';

// PLACEHOLDER until the canvas's version preview and comparison (src/ui/history/preview and
// compare) are wired into BoardScreen: it only remembers which version was asked for and says
// so in a banner. Replace `useVersionViewPlaceholder` and this banner with the real views.

export type PendingVersionView = { mode: 'preview' | 'compare'; version: VersionMeta } | null;

export function useVersionViewPlaceholder() {
  const [view, setView] = useState<PendingVersionView>(null);
  return {
    view,
    onPreview: (version: VersionMeta) => setView({ mode: 'preview', version }),
    onCompare: (version: VersionMeta) => setView({ mode: 'compare', version }),
    close: () => setView(null),
  };
}

export function VersionViewPlaceholderBanner({ view, onClose }: { view: PendingVersionView; onClose(): void }) {
  const { t } = useTranslation();
  if (!view) return null;
  const name = versionTitle(t, view.version);
  return (
    <div className="banner" role="status">
      <span>{view.mode === 'preview' ? t('history.pending.preview', { name }) : t('history.pending.compare', { name })}</span>
      <button type="button" className="button button--small" onClick={onClose}>{t('history.pending.close')}</button>
    </div>
  );
}
