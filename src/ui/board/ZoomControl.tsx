import { useTranslation } from 'react-i18next';
import { MAX_SCALE, MIN_SCALE } from '../../editor/camera';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { useActionEnabled } from '../hooks/useActionEnabled';
import { useRunAction } from '../hooks/useBoardCommands';

/**
 * Zoom out / percentage (click to fit the whole board) / zoom in, like a design tool's. The
 * buttons run the same view actions as the keyboard shortcuts, enabled by the same rules, and
 * the zoom steps also stop at the scale limits.
 */
export function ZoomControl() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const camera = useStore(session.editor.camera);
  const runBoardAction = useRunAction();
  const canZoomOut = useActionEnabled('zoomOut') && camera.scale > MIN_SCALE + 1e-6;
  const canZoomIn = useActionEnabled('zoomIn') && camera.scale < MAX_SCALE - 1e-6;
  const canFit = useActionEnabled('zoomToFit');
  const percent = Math.round(camera.scale * 100);

  return (
    <div className="zoom-control" role="group" aria-label={t('ui.zoom.group')}>
      <button type="button" className="icon-button" aria-label={t('ui.zoom.out')} title={t('ui.zoom.out')}
        disabled={!canZoomOut} onClick={() => runBoardAction('zoomOut')}>
        −
      </button>
      <button type="button" className="zoom-control__value" disabled={!canFit} onClick={() => runBoardAction('zoomToFit')}
        aria-label={t('ui.zoom.fitWithValue', { percent })} title={t('ui.zoom.fit')}>
        {percent}%
      </button>
      <button type="button" className="icon-button" aria-label={t('ui.zoom.in')} title={t('ui.zoom.in')}
        disabled={!canZoomIn} onClick={() => runBoardAction('zoomIn')}>
        +
      </button>
    </div>
  );
}
