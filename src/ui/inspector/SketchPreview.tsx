import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { updateShots } from '../../model';
import type { Aspect, Shot } from '../../model/types';
import { useBoardSession } from '../../hooks/session';
import { useRunCommand } from '../hooks/useCommand';
import { ShotArtwork } from '../lib/ShotArtwork';

const ASPECT_BOX: Record<Aspect, [number, number]> = {
  '9:16': [90, 160],
  '16:9': [160, 90],
  '1:1': [120, 120],
  '4:5': [112, 140],
};

/**
 * The shot's drawing in small, drawn as SVG from the same normalised strokes the canvas uses,
 * so the inspector needs no canvas of its own. Clicking it opens the large sketch editor.
 */
export const SketchPreview = memo(function SketchPreview({ shot, aspect }: { shot: Shot; aspect: Aspect }) {
  const { t } = useTranslation();
  const { editor } = useBoardSession();
  const run = useRunCommand();
  const [width, height] = ASPECT_BOX[aspect] ?? ASPECT_BOX['9:16'];
  const isEmpty = shot.strokes.length === 0 && !shot.imageAssetId;

  return (
    <div className="sketch-preview">
      {/* A large click target for the mouse; keyboard and screen readers use the button below. */}
      <div
        className={`sketch-preview__frame sketch-preview__frame--${aspect.replace(':', 'x')}`}
        onClick={() => editor.sketchShotId.set(shot.id)}
        aria-hidden="true"
      >
        <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet">
          <ShotArtwork shot={shot} width={width} height={height} paper={{ className: 'sketch-preview__paper' }} />
        </svg>
        {isEmpty && <span className="sketch-preview__hint">{t('ui.inspector.emptySketch')}</span>}
      </div>
      <div className="sketch-preview__actions">
        <button type="button" className="button button--primary button--small" onClick={() => editor.sketchShotId.set(shot.id)}>
          {t('ui.inspector.openSketch')}
        </button>
        {shot.imageAssetId && (
          <button
            type="button"
            className="button button--small"
            onClick={() => run((doc) => updateShots(doc, [shot.id], { imageAssetId: null }))}
          >
            {t('ui.inspector.removeImage')}
          </button>
        )}
      </div>
    </div>
  );
});
