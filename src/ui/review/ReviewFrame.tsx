import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { strokePoints, type Aspect, type Region, type Shot, type Stroke, type StrokeInput } from '../../model';
import { ShotArtwork, toSvgPoints } from '../lib/ShotArtwork';

const SIZE: Record<Aspect, [number, number]> = {
  '9:16': [360, 640],
  '16:9': [640, 360],
  '1:1': [520, 520],
  '4:5': [480, 600],
};

export type PenTool = 'none' | 'pen' | 'eraser' | 'region';
const MARK_COLOR = '#e00000';
// Eraser reach, in 0..1 of the frame's width.
const ERASE_RADIUS = 0.03;

interface ReviewFrameProps {
  shot: Shot;
  aspect: Aspect;
  marks: Stroke[];
  showMarks: boolean;
  tool: PenTool;
  onMark(stroke: StrokeInput): void;
  onErase(ids: string[]): void;
  /** Regions of this shot's open notes, numbered in the order they are listed. */
  regions: Region[];
  /** The region being pinned for a new note, if any. */
  pendingRegion: Region | null;
  onRegion(region: Region): void;
}

/**
 * The shot large, in its frame: reference image, sketch and, above them, the director's red
 * pen. With the pen, a stroke is drawn with the pointer (pressure thickens it, as on a
 * tablet) and stored when it lifts; the eraser removes whole marks it touches.
 */
export function ReviewFrame({ shot, aspect, marks, showMarks, tool, onMark, onErase, regions, pendingRegion, onRegion }: ReviewFrameProps) {
  const { t } = useTranslation();
  const [width, height] = SIZE[aspect] ?? SIZE['9:16'];
  const svgRef = useRef<SVGSVGElement>(null);
  // The gesture in progress lives in refs: pointer events can outrun React's renders, and a
  // handler must never read a stroke or box from an older render. State only redraws it.
  const drawingRef = useRef<{ points: number[]; pressure: number } | null>(null);
  const boxRef = useRef<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const [, redraw] = useState(0);
  const drawing = drawingRef.current;
  const box = boxRef.current;
  const setDrawing = (next: { points: number[]; pressure: number } | null) => {
    drawingRef.current = next;
    redraw((n) => n + 1);
  };
  const setBox = (next: { x0: number; y0: number; x1: number; y1: number } | null) => {
    boxRef.current = next;
    redraw((n) => n + 1);
  };

  const normalised = (event: PointerEvent) => {
    const box = svgRef.current!.getBoundingClientRect();
    return [Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)), Math.min(1, Math.max(0, (event.clientY - box.top) / box.height))] as const;
  };
  const eraseAt = (x: number, y: number) => {
    const hit = marks.filter((mark) => {
      const points = strokePoints(mark);
      for (let i = 0; i + 1 < points.length; i += 2) {
        if (Math.hypot(points[i]! - x, (points[i + 1]! - y) * (height / width)) < ERASE_RADIUS) return true;
      }
      return false;
    });
    if (hit.length > 0) onErase(hit.map((mark) => mark.id));
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (tool === 'none') return;
    // No text selection or native drag may start: either would cancel the pointer mid-stroke.
    event.preventDefault();
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A pointer that is already gone cannot be captured; the stroke still works.
    }
    const [x, y] = normalised(event);
    if (tool === 'eraser') eraseAt(x, y);
    else if (tool === 'region') setBox({ x0: x, y0: y, x1: x, y1: y });
    else setDrawing({ points: [x, y], pressure: event.pressure || 0.5 });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (tool === 'eraser' && event.buttons) eraseAt(...normalised(event));
    const liveBox = boxRef.current;
    if (liveBox) {
      const [x, y] = normalised(event);
      setBox({ ...liveBox, x1: x, y1: y });
      return;
    }
    const live = drawingRef.current;
    if (!live) return;
    const [x, y] = normalised(event);
    setDrawing({ points: [...live.points, x, y], pressure: Math.max(live.pressure, event.pressure || 0.5) });
  };
  const onPointerUp = () => {
    const liveBox = boxRef.current;
    if (liveBox) {
      const region = {
        x: Math.min(liveBox.x0, liveBox.x1), y: Math.min(liveBox.y0, liveBox.y1),
        w: Math.abs(liveBox.x1 - liveBox.x0), h: Math.abs(liveBox.y1 - liveBox.y0),
      };
      // A click, not a drag, pins nothing.
      if (region.w > 0.02 && region.h > 0.02) onRegion(region);
      setBox(null);
      return;
    }
    const live = drawingRef.current;
    if (!live) return;
    const points = live.points.length >= 4 ? live.points : [...live.points, live.points[0]! + 0.001, live.points[1]!];
    // Pressure 0.5 (a mouse) gives the standard width; a firm pen stroke up to twice that.
    onMark({ tool: 'pen', color: MARK_COLOR, width: 0.006 * (0.5 + live.pressure), points });
    setDrawing(null);
  };

  return (
    <svg
      ref={svgRef}
      className={`review-frame review-frame--${tool}`}
      viewBox={`0 0 ${width} ${height}`}
      style={{ aspectRatio: `${width} / ${height}` }}
      role="img"
      aria-label={t('review.frame', { count: marks.length })}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        setDrawing(null);
        setBox(null);
      }}
    >
      <ShotArtwork shot={shot} width={width} height={height} paper={{ fill: '#ffffff' }} />
      {shot.strokes.length === 0 && !shot.imageAssetId && (
        // A blank frame would read as a picture that failed to load.
        <text x={width / 2} y={height / 2} textAnchor="middle" fill="#9ca3af" fontSize={16} pointerEvents="none">
          {t('ui.inspector.emptySketch')}
        </text>
      )}
      {showMarks &&
        marks.map((mark) => (
          <polyline key={mark.id} className="review-frame__mark" fill="none" stroke={mark.color} strokeWidth={Math.max(1, mark.width * width)}
            strokeLinecap="round" strokeLinejoin="round" points={toSvgPoints(strokePoints(mark), width, height)} />
        ))}
      {regions.map((region, index) => (
        <g key={index} className="review-frame__region">
          <rect x={region.x * width} y={region.y * height} width={region.w * width} height={region.h * height}
            fill="rgba(47, 107, 255, 0.08)" stroke="#2f6bff" strokeWidth={2} strokeDasharray="6 4" />
          <text x={region.x * width + 6} y={region.y * height + 16} fill="#2f6bff" fontSize={14} fontWeight={700}>{index + 1}</text>
        </g>
      ))}
      {(box || pendingRegion) && (() => {
        const r = box
          ? { x: Math.min(box.x0, box.x1), y: Math.min(box.y0, box.y1), w: Math.abs(box.x1 - box.x0), h: Math.abs(box.y1 - box.y0) }
          : pendingRegion!;
        return <rect x={r.x * width} y={r.y * height} width={r.w * width} height={r.h * height} fill="rgba(224, 0, 0, 0.06)" stroke="#e00000" strokeWidth={2} strokeDasharray="4 3" />;
      })()}
      {drawing && (
        <polyline fill="none" stroke={MARK_COLOR} strokeWidth={Math.max(1, 0.006 * (0.5 + drawing.pressure) * width)}
          strokeLinecap="round" strokeLinejoin="round" points={toSvgPoints(drawing.points, width, height)} />
      )}
    </svg>
  );
}
