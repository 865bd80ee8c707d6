import { useEffect, useState, type SVGProps } from 'react';
import { useBoardSession } from '../../hooks/session';
import { strokePoints } from '../../model';
import type { Shot } from '../../model/types';

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

/** Points normalised to the panel box, as an SVG `points` list in a width x height box. */
export function toSvgPoints(points: readonly number[], width: number, height: number): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    parts.push(`${(points[i] * width).toFixed(1)},${(points[i + 1] * height).toFixed(1)}`);
  }
  return parts.join(' ');
}

interface ShotArtworkProps {
  shot: Pick<Shot, 'imageAssetId' | 'strokes'>;
  width: number;
  height: number;
  /** The paper under the drawing (its class or fill). */
  paper?: SVGProps<SVGRectElement>;
}

/**
 * A shot's paper, reference image and sketch, inside an SVG of `width` x `height`: the same
 * strokes as the board, with the board's widths and marker opacity. The inspector's preview,
 * the review frame and a version's sketch beside another all draw it this way.
 */
export function ShotArtwork({ shot, width, height, paper }: ShotArtworkProps) {
  const imageUrl = useAssetUrl(shot.imageAssetId);
  return (
    <>
      <rect width={width} height={height} {...paper} />
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
    </>
  );
}
