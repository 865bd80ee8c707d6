import { memo } from 'react';
import { strokePoints } from '../../../model';
import type { Aspect, Shot } from '../../../model/types';
import { toSvgPoints, useAssetUrl } from '../../inspector/SketchPreview';

const LONG_SIDE = 160;

/** A shot's sketch (and reference image) in small, drawn from the same strokes as the board. */
export const SketchThumb = memo(function SketchThumb({ shot, aspect, label }: { shot: Shot; aspect: Aspect; label: string }) {
  const imageUrl = useAssetUrl(shot.imageAssetId);
  const [w, h] = aspect.split(':').map(Number) as [number, number];
  const width = w >= h ? LONG_SIDE : Math.round((LONG_SIDE * w) / h);
  const height = h >= w ? LONG_SIDE : Math.round((LONG_SIDE * h) / w);
  return (
    <figure className="sketch-thumb">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <rect width={width} height={height} className="sketch-thumb__paper" />
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
      <figcaption>{label}</figcaption>
    </figure>
  );
});
