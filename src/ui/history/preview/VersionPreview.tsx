import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardCanvas } from '../../../canvas/BoardCanvas';
import { BoardSessionContext, useBoardSession } from '../../../hooks/session';
import { useStore } from '../../../hooks/useStore';
import type { VersionMeta, VersionSnapshot } from '../../../model';
import { ShotListView } from '../../shotlist/ShotListView';
import { VersionBanner } from './VersionBanner';
import { useVersionKeys } from './useVersionKeys';
import { useVersionSession } from './useVersionSession';
import { versionTitle } from '../versionText';
import { versionWhen } from './versionWhen';
import './versionView.css';

export interface VersionPreviewProps {
  version: VersionMeta;
  loadSnapshot(versionId: string): Promise<VersionSnapshot>;
  onBack(): void;
  /** Starts restoring this version (the History panel's dialog); absent for those who may not. */
  onRestore?(version: VersionMeta): void;
}

/**
 * A version on the canvas (or in the shot list), read-only: the canvas runs on a session of its own over an
 * in-memory copy of the version, so every read path is the board's own and nothing done here
 * reaches the live board. Escape or "Back to the board" returns.
 */
export default function VersionPreview({ version, loadSnapshot, onBack, onRestore }: VersionPreviewProps) {
  const { t, i18n } = useTranslation();
  const { canEdit, editor } = useBoardSession();
  // The view chosen in the top bar: the shot list reads the version as a list; otherwise the canvas.
  const liveView = useStore(editor.view);
  const state = useVersionSession(version.id, () => loadSnapshot(version.id));
  const back = useCallback(() => onBack(), [onBack]);
  useVersionKeys(state.status === 'ready' ? state.session : null, back);

  const name = versionTitle(t, version);
  return (
    <section className="version-view" aria-label={t('versionView.preview.label')} data-version-id={version.id}>
      <VersionBanner message={t('versionView.preview.banner', { name, when: versionWhen(version.createdAt, i18n.language) })} onBack={back}>
        {canEdit && onRestore && (
          <button type="button" className="button button--small" onClick={() => onRestore(version)}>
            {t('versionView.preview.restore')}
          </button>
        )}
      </VersionBanner>
      <div className="version-view__body">
        <div className="version-view__canvas">
          {state.status === 'ready' ? (
            <BoardSessionContext.Provider value={state.session}>
              {liveView === 'list' ? <ShotListView /> : <BoardCanvas />}
            </BoardSessionContext.Provider>
          ) : (
            <p className="version-view__status" role={state.status === 'failed' ? 'alert' : 'status'}>
              {state.status === 'failed' ? t('versionView.failed', { message: state.message }) : t('versionView.loading')}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
