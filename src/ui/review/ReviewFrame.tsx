import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aspect, Shot, Stroke } from '../../model';
import { toSvgPoints, useAssetUrl } from '../inspector/SketchPreview';

const SIZE: Record<Aspect, [number, number]> = {
  '9:16': [360, 640],
  '16:9': [640, 360],
  '1:1': [520, 520],
  '4:5': [480, 600],
};

export type PenTool = 'none' | 'pen' | 'eraser';
const MARK_COLOR = '#e00000';
// Eraser reach, in 0..1 of the frame's width.
const ERASE_RADIUS = 0.03;

interface ReviewFrameProps {
  shot: Shot;
  aspect: Aspect;
  marks: Stroke[];
  showMarks: boolean;
  tool: PenTool;
  onMark(stroke: Omit<Stroke, 'id'>): void;
  onErase(ids: string[]): void;
}

/**
 * The shot large, in its frame: reference image, sketch and, above them, the director's red
 * pen. With the pen, a stroke is drawn with the pointer (pressure thickens it, as on a
 * tablet) and stored when it lifts; the eraser removes whole marks it touches.
 */
export function ReviewFrame({ shot, aspect, marks, showMarks, tool, onMark, onErase }: ReviewFrameProps) {
  const { t } = useTranslation();
  const [width, height] = SIZE[aspect] ?? SIZE['9:16'];
  const imageUrl = useAssetUrl(shot.imageAssetId);
  const svgRef = useRef<SVGSVGElement>(null);
  const [drawing, setDrawing] = useState<{ points: number[]; pressure: number } | null>(null);

  const normalised = (event: PointerEvent) => {
    const box = svgRef.current!.getBoundingClientRect();
    return [Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)), Math.min(1, Math.max(0, (event.clientY - box.top) / box.height))] as const;
  };
  const eraseAt = (x: number, y: number) => {
    const hit = marks.filter((mark) => {
      for (let i = 0; i + 1 < mark.points.length; i += 2) {
        if (Math.hypot(mark.points[i]! - x, (mark.points[i + 1]! - y) * (height / width)) < ERASE_RADIUS) return true;
      }
      return false;
    });
    if (hit.length > 0) onErase(hit.map((mark) => mark.id));
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (tool === 'none') return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const [x, y] = normalised(event);
    if (tool === 'eraser') eraseAt(x, y);
    else setDrawing({ points: [x, y], pressure: event.pressure || 0.5 });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (tool === 'eraser' && event.buttons) eraseAt(...normalised(event));
    if (!drawing) return;
    const [x, y] = normalised(event);
    setDrawing({ points: [...drawing.points, x, y], pressure: Math.max(drawing.pressure, event.pressure || 0.5) });
  };
  const onPointerUp = () => {
    if (!drawing) return;
    const points = drawing.points.length >= 4 ? drawing.points : [...drawing.points, drawing.points[0]! + 0.001, drawing.points[1]!];
    // Pressure 0.5 (a mouse) gives the standard width; a firm pen stroke up to twice that.
    onMark({ tool: 'pen', color: MARK_COLOR, width: 0.006 * (0.5 + drawing.pressure), points });
    setDrawing(null);
  };

  return (
    <svg
      ref={svgRef}
      className={`review-frame review-frame--${tool}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('review.frame', { count: marks.length })}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrawing(null)}
    >
      <rect width={width} height={height} fill="#ffffff" />
      {imageUrl && <image href={imageUrl} width={width} height={height} preserveAspectRatio="xMidYMid slice" />}
      {shot.strokes.map((stroke) => (
        <polyline key={stroke.id} fill="none" stroke={stroke.color} strokeWidth={Math.max(0.5, stroke.width * width)}
          strokeOpacity={stroke.tool === 'marker' ? 0.45 : 1} strokeLinecap="round" strokeLinejoin="round"
          points={toSvgPoints(stroke.points, width, height)} />
      ))}
      {showMarks &&
        marks.map((mark) => (
          <polyline key={mark.id} className="review-frame__mark" fill="none" stroke={mark.color} strokeWidth={Math.max(1, mark.width * width)}
            strokeLinecap="round" strokeLinejoin="round" points={toSvgPoints(mark.points, width, height)} />
        ))}
      {drawing && (
        <polyline fill="none" stroke={MARK_COLOR} strokeWidth={Math.max(1, 0.006 * (0.5 + drawing.pressure) * width)}
          strokeLinecap="round" strokeLinejoin="round" points={toSvgPoints(drawing.points, width, height)} />
      )}
    </svg>
  );
}
