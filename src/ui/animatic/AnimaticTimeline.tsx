import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimecode, retimedDuration, type Timeline, type TimelineShot } from '../../model/animatic';
import { MAX_INTENSITY } from '../../model';
import { formatSeconds } from '../lib/duration';
import { withShotDuration } from './playback';
import type { CurveDot } from './timelineCurve';

interface AnimaticTimelineProps {
  timeline: Timeline;
  timeMs: number;
  /** The emotion curve's runs; none on a board without beats. */
  curve: readonly CurveDot[][];
  /** Cuts can be dragged (roles that may edit the board). */
  canRetime: boolean;
  onSeek(ms: number): void;
  /** A press on the track: playback pauses while the playhead is dragged. */
  onScrubStart(): void;
  /** A cut was dragged and let go: the shot's new duration, in whole frames. */
  onRetime(shotId: string, durationMs: number): void;
}

interface CutDrag {
  index: number;
  durationMs: number;
  /** The time the track's width stood for when the drag began; kept, so the cut stays under the pointer. */
  scaleMs: number;
}

/**
 * The cut as a strip: a block a shot (its number), the emotion curve along it, the playhead.
 * Press and drag anywhere to scrub; drag a cut (the line at a shot's end) to retime that shot.
 * The new duration shows while dragging and is written once, on release: one undo step, and
 * everyone in the room sees it.
 */
export function AnimaticTimeline({ timeline, timeMs, curve, canRetime, onSeek, onScrubStart, onRetime }: AnimaticTimelineProps) {
  const { t } = useTranslation();
  const trackRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<CutDrag | null>(null);
  const shown = drag ? withShotDuration(timeline, drag.index, drag.durationMs) : timeline;
  const scaleMs = drag?.scaleMs ?? Math.max(1, timeline.durationMs);
  const percent = (ms: number) => `${(ms / scaleMs) * 100}%`;
  const msAt = (clientX: number) => {
    const rect = trackRef.current!.getBoundingClientRect();
    return rect.width > 0 ? ((clientX - rect.left) / rect.width) * scaleMs : 0;
  };

  const onTrackDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    onScrubStart();
    onSeek(msAt(event.clientX));
  };
  const onTrackMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) onSeek(msAt(event.clientX));
  };

  // The cut handlers read the drag through refs, so they stay the same functions from frame to
  // frame and the (memoised) cuts do not render again as the playhead moves.
  const dragRef = useRef(drag);
  dragRef.current = drag;
  const latest = useRef({ timeline, scaleMs, onRetime, msAt });
  latest.current = { timeline, scaleMs, onRetime, msAt };
  const cutEvents = useMemo<CutEvents>(() => ({
    down: (index, event) => {
      if (event.button !== 0) return;
      const shot = latest.current.timeline.shots[index];
      if (!shot) return;
      event.stopPropagation();
      event.currentTarget.setPointerCapture(event.pointerId);
      setDrag({ index, durationMs: shot.endMs - shot.startMs, scaleMs: latest.current.scaleMs });
    },
    move: (index, event) => {
      const current = dragRef.current;
      if (current?.index !== index) return;
      const durationMs = retimedDuration(latest.current.timeline, index, latest.current.msAt(event.clientX));
      if (durationMs !== current.durationMs) setDrag({ ...current, durationMs });
    },
    up: (index) => {
      const current = dragRef.current;
      const shot = latest.current.timeline.shots[index];
      if (current?.index !== index || !shot) return;
      if (current.durationMs !== shot.endMs - shot.startMs) latest.current.onRetime(shot.shotId, current.durationMs);
      setDrag(null);
    },
    cancel: () => setDrag(null),
  }), []);

  const dragged = drag ? shown.shots[drag.index] : undefined;
  return (
    <div className="animatic-timeline">
      <div
        ref={trackRef}
        className="animatic-timeline__track"
        role="slider"
        tabIndex={0}
        aria-label={t('animatic.timeline.playhead')}
        aria-valuemin={0}
        aria-valuemax={Math.round(timeline.durationMs)}
        aria-valuenow={Math.round(timeMs)}
        aria-valuetext={formatTimecode(timeMs)}
        onPointerDown={onTrackDown}
        onPointerMove={onTrackMove}
      >
        <ShotBlocks shots={shown.shots} scaleMs={scaleMs} />
        {curve.length > 0 && <CurveLine runs={curve} scaleMs={scaleMs} label={t('animatic.timeline.curve')} />}
        <div className="animatic-timeline__playhead" style={{ left: percent(timeMs) }} aria-hidden="true" />
        {canRetime && <Cuts shots={shown.shots} scaleMs={scaleMs} dragging={drag?.index ?? -1} events={cutEvents} />}
        {dragged && (
          <div className="animatic-timeline__bubble" role="status"
            // Kept inside the strip near either end, where half of it would be cut off.
            style={{ left: `clamp(70px, ${percent(dragged.endMs)}, calc(100% - 70px))` }}>
            {t('animatic.timeline.duration', { number: dragged.number, seconds: formatSeconds(dragged.endMs - dragged.startMs) })}
          </div>
        )}
      </div>
    </div>
  );
}

interface CutEvents {
  down(index: number, event: PointerEvent<HTMLDivElement>): void;
  move(index: number, event: PointerEvent<HTMLDivElement>): void;
  up(index: number): void;
  cancel(): void;
}

/** A grip on each cut (a shot's end): drag it to retime the shot. */
const Cuts = memo(function Cuts({ shots, scaleMs, dragging, events }: { shots: readonly TimelineShot[]; scaleMs: number; dragging: number; events: CutEvents }) {
  const { t } = useTranslation();
  return shots.map((shot, index) => (
    <div
      key={shot.shotId}
      className={`animatic-timeline__cut${dragging === index ? ' animatic-timeline__cut--dragging' : ''}`}
      style={{ left: `${(shot.endMs / scaleMs) * 100}%` }}
      role="separator"
      aria-orientation="vertical"
      aria-label={t('animatic.timeline.cut', { number: shot.number })}
      title={t('animatic.timeline.cutHint', { number: shot.number })}
      onPointerDown={(event) => events.down(index, event)}
      onPointerMove={(event) => events.move(index, event)}
      onPointerUp={() => events.up(index)}
      onPointerCancel={events.cancel}
    />
  ));
});

/** The shot blocks, drawn again only when the cut changes (not as the playhead moves). */
const ShotBlocks = memo(function ShotBlocks({ shots, scaleMs }: { shots: readonly TimelineShot[]; scaleMs: number }) {
  return (
    <ol className="animatic-timeline__shots" aria-hidden="true">
      {shots.map((shot, index) => (
        // In the whole series, each episode's first shot is marked, so episodes read as sections.
        <li key={shot.shotId} title={shot.number}
          className={index > 0 && shots[index - 1]!.episodeId !== shot.episodeId ? 'animatic-timeline__shot animatic-timeline__shot--episode' : 'animatic-timeline__shot'}
          style={{ left: `${(shot.startMs / scaleMs) * 100}%`, width: `${((shot.endMs - shot.startMs) / scaleMs) * 100}%` }}>
          <span className="animatic-timeline__number">{shot.number}</span>
        </li>
      ))}
    </ol>
  );
});

/** The emotion curve in the lower part of the strip: x is running time, y the beat's intensity. */
const CurveLine = memo(function CurveLine({ runs, scaleMs, label }: { runs: readonly CurveDot[][]; scaleMs: number; label: string }) {
  const x = (ms: number) => ((ms / scaleMs) * 1000).toFixed(1);
  const y = (intensity: number) => (100 - (intensity / MAX_INTENSITY) * 100).toFixed(1);
  return (
    <svg className="animatic-timeline__curve" viewBox="0 0 1000 100" preserveAspectRatio="none" role="img" aria-label={label}>
      {runs.map((run, index) =>
        run.length > 1 ? (
          <polyline key={index} points={run.map((dot) => `${x(dot.ms)},${y(dot.intensity)}`).join(' ')} vectorEffect="non-scaling-stroke" />
        ) : (
          <line key={index} x1={x(run[0]!.ms)} x2={x(run[0]!.ms)} y1={y(run[0]!.intensity)} y2={y(run[0]!.intensity)} vectorEffect="non-scaling-stroke" />
        ),
      )}
    </svg>
  );
});
