import { memo } from 'react';
import type { Aspect, Shot } from '../../../model/types';
import { ShotArtwork } from '../../lib/ShotArtwork';

const LONG_SIDE = 160;

/** A shot's sketch (and reference image) in small, drawn from the same strokes as the board. */
export const SketchThumb = memo(function SketchThumb({ shot, aspect, label }: { shot: Shot; aspect: Aspect; label: string }) {
  const [w, h] = aspect.split(':').map(Number) as [number, number];
  const width = w >= h ? LONG_SIDE : Math.round((LONG_SIDE * w) / h);
  const height = h >= w ? LONG_SIDE : Math.round((LONG_SIDE * h) / w);
  return (
    <figure className="sketch-thumb">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <ShotArtwork shot={shot} width={width} height={height} paper={{ className: 'sketch-thumb__paper' }} />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
});
