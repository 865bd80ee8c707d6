import { useTranslation } from 'react-i18next';
import { MAX_SCALE, MIN_SCALE } from '../../editor/camera';
import { useBoardSession } from '../../editor/session';
import { useStore } from '../../editor/store';
import { runAction } from '../../editor/actions';

/**
 * Zoom out / percentage (click to fit the whole board) / zoom in, like a design tool's. The
 * buttons run the same view actions as the keyboard shortcuts.
 */
export function ZoomControl() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const camera = useStore(session.editor.camera);
  const percent = Math.round(camera.scale * 100);

  return (
    <div className="zoom-control" role="group" aria-label={t('ui.zoom.group')}>
      <button type="button" className="icon-button" aria-label={t('ui.zoom.out')} title={t('ui.zoom.out')}
        disabled={camera.scale <= MIN_SCALE + 1e-6} onClick={() => runAction(session, 'zoomOut')}>
        −
      </button>
      <button type="button" className="zoom-control__value" onClick={() => runAction(session, 'zoomToFit')}
        aria-label={t('ui.zoom.fitWithValue', { percent })} title={t('ui.zoom.fit')}>
        {percent}%
      </button>
      <button type="button" className="icon-button" aria-label={t('ui.zoom.in')} title={t('ui.zoom.in')}
        disabled={camera.scale >= MAX_SCALE - 1e-6} onClick={() => runAction(session, 'zoomIn')}>
        +
      </button>
    </div>
  );
}
