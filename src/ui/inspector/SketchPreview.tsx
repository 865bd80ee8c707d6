import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { strokePoints, updateShots } from '../../model';
import type { Aspect, Shot } from '../../model/types';
import { useBoardSession } from '../../hooks/session';
import { useRunCommand } from '../hooks/useCommand';

const ASPECT_BOX: Record<Aspect, [number, number]> = {
  '9:16': [90, 160],
  '16:9': [160, 90],
  '1:1': [120, 120],
  '4:5': [112, 140],
};

/** Object URL of a stored reference image, or null while it loads or when it is missing. */
export function useAssetUrl(assetId: string | null): string | null {
  const { assets } = useBoardSession();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (!assetId) return;
    let current = true;
    assets.getUrl(assetId).then(
      (next) => current && setUrl(next),
      () => current && setUrl(null),
    );
    return () => {
      current = false;
    };
  }, [assets, assetId]);
  return url;
}

/**
 * The shot's drawing in small, drawn as SVG from the same normalised strokes the canvas uses,
 * so the inspector needs no canvas of its own. Clicking it opens the large sketch editor.
 */
export const SketchPreview = memo(function SketchPreview({ shot, aspect }: { shot: Shot; aspect: Aspect }) {
  const { t } = useTranslation();
  const { editor } = useBoardSession();
  const run = useRunCommand();
  const imageUrl = useAssetUrl(shot.imageAssetId);
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
          <rect width={width} height={height} className="sketch-preview__paper" />
          {imageUrl && <image href={imageUrl} width={width} height={height} preserveAspectRatio="xMidYMid slice" />}
          {shot.strokes.map((stroke) => (
            <polyline
              key={stroke.id}
              fill="none"
              stroke={stroke.color}
              strokeWidth={Math.max(0.5, stroke.width * width)}
              strokeOpacity={stroke.tool === 'marker' ? 0.45 : 1}
              strokeLinecap="round"
              strokeLinejoin="round"
              points={toSvgPoints(strokePoints(stroke), width, height)}
            />
          ))}
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

export function toSvgPoints(points: readonly number[], width: number, height: number): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    parts.push(`${(points[i] * width).toFixed(1)},${(points[i + 1] * height).toFixed(1)}`);
  }
  return parts.join(' ');
}
