import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type Konva from 'konva';
import { Circle, Image as KonvaImage, Layer, Line, Rect, Stage } from '../../canvas/konva';
import { coverCrop } from '../../canvas/imageFit';
import { StrokesGroup } from '../../canvas/strokes/StrokesGroup';
import { strokePoints } from '../../model';
import type { Stroke, StrokeTool } from '../../model/types';
import { normalisePoint, type Box, type ScreenRect } from '../../editor/tools/sketch/geometry';
import { startDrawGesture, startEraseGesture, type SketchGesture } from '../../editor/tools/sketch/gesture';
import type { Point } from '../../editor/tools/sketch/hitTest';
import { ERASER_RADIUS_PX, strokeOpacityFor, strokeWidthFor } from '../../editor/tools/sketch/palette';
import type { SketchToolPrefs } from './toolPrefs';

interface SketchCanvasProps {
  /** The panel's size on screen, already fitted to the window in the board's aspect. */
  box: Box;
  strokes: readonly Stroke[];
  image: HTMLImageElement | null;
  prefs: SketchToolPrefs;
  label: string;
  onDraw(tool: StrokeTool, points: number[]): void;
  onErase(strokeIds: string[]): void;
}

interface ActiveGesture {
  pointerId: number;
  gesture: SketchGesture;
  panel: ScreenRect;
}

// Kept as constants: react-konva resets a prop whenever its identity changes, and the live
// line's points are set imperatively while a stroke is drawn.
const NO_POINTS: number[] = [];
const NOTHING_HIDDEN: ReadonlySet<string> = new Set();
/** The barrel button or the back end of a stylus (the PointerEvent "eraser" button). */
const STYLUS_ERASER_BUTTON = 5;
const STYLUS_ERASER_BUTTONS_MASK = 32;

/**
 * The drawing surface: reference image, the shot's strokes (drawn by the same StrokesGroup
 * as the board thumbnails) and the stroke being drawn. A stroke in progress lives only
 * here, redrawn imperatively on each pointer move, and reaches the doc once on pointer up;
 * erased strokes hide at once and are removed from the doc in one go when the eraser lifts.
 */
export function SketchCanvas({ box, strokes, image, prefs, label, onDraw, onErase }: SketchCanvasProps) {
  const liveLine = useRef<Konva.Line>(null);
  const eraserCursor = useRef<Konva.Circle>(null);
  const active = useRef<ActiveGesture | null>(null);
  const clearLiveAfterCommit = useRef(false);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(NOTHING_HIDDEN);

  const visibleStrokes = useMemo(
    () => (hidden.size === 0 ? strokes : strokes.filter((stroke) => !hidden.has(stroke.id))),
    [strokes, hidden],
  );
  // The eraser measures against points; strokes keep theirs encoded, so they are decoded
  // once per change of the sketch rather than on every pointer move.
  const hittable = useMemo(
    () => visibleStrokes.map((stroke) => ({ id: stroke.id, width: stroke.width, points: strokePoints(stroke) })),
    [visibleStrokes],
  );
  const latestVisible = useRef(hittable);
  latestVisible.current = hittable;

  // Once the committed stroke (or erase) shows in `strokes`, drop the local stand-in in the
  // same frame, so a finished stroke never blinks.
  useLayoutEffect(() => {
    if (active.current) return;
    if (clearLiveAfterCommit.current) {
      clearLiveAfterCommit.current = false;
      setLivePoints([]);
    }
    setHidden((prev) => (prev.size === 0 ? prev : pruneHidden(prev, strokes)));
  }, [strokes]);

  useEffect(() => {
    if (prefs.tool !== 'eraser') showEraserAt(null);
  }, [prefs.tool]);

  function setLivePoints(points: readonly number[]) {
    const line = liveLine.current;
    if (!line) return;
    line.points(points.map((value, index) => (index % 2 === 0 ? value * box.width : value * box.height)));
    line.getLayer()?.batchDraw();
  }

  function showEraserAt(point: Point | null) {
    const cursor = eraserCursor.current;
    if (!cursor) return;
    cursor.visible(point !== null);
    if (point) cursor.position({ x: point.x * box.width, y: point.y * box.height });
    cursor.getLayer()?.batchDraw();
  }

  function pointOf(event: { clientX: number; clientY: number }, panel: ScreenRect): Point {
    const [x, y] = normalisePoint(event.clientX, event.clientY, panel);
    return { x, y };
  }

  function handlePointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    if (active.current) return; // a second finger does not start a second stroke
    const stylusEraser =
      event.button === STYLUS_ERASER_BUTTON || (event.buttons & STYLUS_ERASER_BUTTONS_MASK) !== 0;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const panel = event.currentTarget.getBoundingClientRect();
    const point = pointOf(event, panel);
    if (prefs.tool === 'eraser' || stylusEraser) {
      const gesture = startEraseGesture(point, latestVisible.current, box, ERASER_RADIUS_PX);
      active.current = { pointerId: event.pointerId, gesture, panel };
      if (gesture.touched.size > 0) setHidden((prev) => union(prev, gesture.touched));
      showEraserAt(point);
    } else {
      clearLiveAfterCommit.current = false;
      const gesture = startDrawGesture(point);
      active.current = { pointerId: event.pointerId, gesture, panel };
      setLivePoints(gesture.points);
    }
  }

  function handlePointerMove(event: ReactPointerEvent<HTMLDivElement>) {
    const current = active.current;
    if (!current || current.pointerId !== event.pointerId) {
      if (prefs.tool === 'eraser') showEraserAt(pointOf(event, event.currentTarget.getBoundingClientRect()));
      return;
    }
    // Coalesced events carry the samples the browser merged into this one; using them keeps
    // fast curves round instead of polygonal.
    const coalesced = event.nativeEvent.getCoalescedEvents?.() ?? [];
    const samples = coalesced.length > 0 ? coalesced : [event.nativeEvent];
    const { gesture } = current;
    if (gesture.kind === 'draw') {
      for (const sample of samples) gesture.add(pointOf(sample, current.panel));
      setLivePoints(gesture.points);
      return;
    }
    const fresh: string[] = [];
    for (const sample of samples) fresh.push(...gesture.moveTo(pointOf(sample, current.panel), latestVisible.current, box));
    if (fresh.length > 0) setHidden((prev) => union(prev, fresh));
    showEraserAt(pointOf(event, current.panel));
  }

  function handlePointerUp(event: ReactPointerEvent<HTMLDivElement>) {
    const current = active.current;
    if (!current || current.pointerId !== event.pointerId) return;
    active.current = null;
    const { gesture } = current;
    if (gesture.kind === 'draw') {
      const points = gesture.finish(box);
      const tool: StrokeTool = prefs.tool === 'marker' ? 'marker' : 'pen';
      if (!points) {
        setLivePoints([]);
        return;
      }
      clearLiveAfterCommit.current = true;
      onDraw(tool, points);
      return;
    }
    const erased = gesture.finish();
    if (erased.length > 0) onErase(erased);
    if (prefs.tool !== 'eraser') showEraserAt(null);
  }

  /** The system took the pointer away (a palm, a gesture, a lost capture): keep nothing. */
  function handlePointerCancel(event: ReactPointerEvent<HTMLDivElement>) {
    const current = active.current;
    if (!current || current.pointerId !== event.pointerId) return;
    active.current = null;
    setLivePoints([]);
    setHidden(NOTHING_HIDDEN);
  }

  const drawTool: StrokeTool = prefs.tool === 'marker' ? 'marker' : 'pen';
  // Cropped exactly as the board panel crops it, so the sketch lines up with the same photo.
  const crop = image ? coverCrop(image.naturalWidth, image.naturalHeight, box.width, box.height) : null;

  return (
    <div
      className={`bb-sketch-surface bb-sketch-surface--${prefs.tool}`}
      style={{ width: box.width, height: box.height }}
      role="img"
      aria-label={label}
      onPointerDown={handlePointerDown}
      onPointerMove={handlePointerMove}
      onPointerUp={handlePointerUp}
      onPointerCancel={handlePointerCancel}
      onLostPointerCapture={handlePointerCancel}
      onPointerLeave={() => {
        if (!active.current) showEraserAt(null);
      }}
    >
      <Stage width={box.width} height={box.height} listening={false}>
        <Layer listening={false}>
          <Rect width={box.width} height={box.height} fill="#ffffff" />
          {image && crop ? <KonvaImage image={image} width={box.width} height={box.height} crop={crop} /> : null}
          <StrokesGroup strokes={visibleStrokes} width={box.width} height={box.height} />
        </Layer>
        <Layer listening={false}>
          <Line
            ref={liveLine}
            points={NO_POINTS}
            stroke={prefs.color}
            strokeWidth={Math.max(0.5, strokeWidthFor(drawTool, prefs.width) * box.width)}
            opacity={strokeOpacityFor(drawTool)}
            lineCap="round"
            lineJoin="round"
            tension={0.3}
            perfectDrawEnabled={false}
          />
          {/* White ring with a dark halo: visible over a white panel and a dark photo alike. */}
          <Circle
            ref={eraserCursor}
            radius={ERASER_RADIUS_PX}
            stroke="#ffffff"
            strokeWidth={1.5}
            shadowColor="#000000"
            shadowBlur={2}
            shadowOpacity={0.9}
            visible={false}
          />
        </Layer>
      </Stage>
    </div>
  );
}

function union(set: ReadonlySet<string>, ids: Iterable<string>): ReadonlySet<string> {
  const next = new Set(set);
  for (const id of ids) next.add(id);
  return next;
}

/** Keeps hiding only strokes still present: an erase that reached the doc needs no cover. */
function pruneHidden(hidden: ReadonlySet<string>, strokes: readonly Stroke[]): ReadonlySet<string> {
  const present = strokes.filter((stroke) => hidden.has(stroke.id));
  return present.length === 0 ? NOTHING_HIDDEN : new Set(present.map((stroke) => stroke.id));
}
