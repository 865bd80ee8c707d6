import { useCallback, useEffect, useRef, useState } from 'react';
import { ANIMATIC_FPS } from '../../model/animatic';
import { clockAt, reanchor, wrapAtEnds, type PlaybackClock } from './playback';

export interface Playback {
  /** The playhead, updated once a frame of the animatic (not once a screen refresh). */
  timeMs: number;
  rate: number;
  loop: boolean;
  seek(ms: number): void;
  setRate(rate: number): void;
  setLoop(loop: boolean): void;
  /** The clock as it is now: where the playhead was when, and how fast it moves. */
  clock(): PlaybackClock;
  /** Changes whenever the clock is set anew (play, pause, seek, speed, a loop round, the end). */
  transport: number;
}

const frameOf = (ms: number) => Math.floor((ms * ANIMATIC_FPS) / 1000 + 1e-6);

/**
 * The player's transport: requestAnimationFrame reads the clock against performance.now(), so
 * the playhead keeps real time however late a frame comes, and React hears of it only when
 * the animatic's frame changes (30 times a second at most, whatever the screen's rate).
 */
export function usePlayback(durationMs: number, startMs: number): Playback {
  const [timeMs, setTimeMs] = useState(startMs);
  const [rate, setRateState] = useState(0);
  const [loop, setLoop] = useState(false);
  const [transport, setTransport] = useState(0);
  const bump = useCallback(() => setTransport((value) => value + 1), []);
  const clock = useRef<PlaybackClock>({ atMs: startMs, since: performance.now(), rate: 0 });
  const shownFrame = useRef(frameOf(startMs));
  const live = useRef({ durationMs, loop });
  live.current = { durationMs, loop };

  const show = useCallback((ms: number) => {
    const frame = frameOf(ms);
    if (frame === shownFrame.current) return;
    shownFrame.current = frame;
    setTimeMs(ms);
  }, []);

  useEffect(() => {
    if (rate === 0) return;
    let request = 0;
    const tick = () => {
      const now = performance.now();
      const { ms, stopped } = wrapAtEnds(clockAt(clock.current, now), live.current.durationMs, live.current.loop);
      if (stopped) {
        clock.current = reanchor(clock.current, now, { atMs: ms, rate: 0 });
        setRateState(0);
        bump();
      } else if (ms !== clockAt(clock.current, now)) {
        clock.current = reanchor(clock.current, now, { atMs: ms });
        bump();
      }
      show(ms);
      if (!stopped) request = requestAnimationFrame(tick);
    };
    request = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(request);
  }, [rate, show, bump]);

  const seek = useCallback(
    (ms: number) => {
      const at = Math.min(Math.max(0, ms), live.current.durationMs);
      clock.current = reanchor(clock.current, performance.now(), { atMs: at });
      shownFrame.current = frameOf(at);
      setTimeMs(at);
      bump();
    },
    [bump],
  );

  const setRate = useCallback((next: number) => {
    const now = performance.now();
    let at = clockAt(clock.current, now);
    const { durationMs: total, loop: looping } = live.current;
    // Play at the very end (or back at the very start) begins again from the other end.
    if (!looping && next > 0 && at >= total) at = 0;
    if (!looping && next < 0 && at <= 0) at = total;
    clock.current = reanchor(clock.current, now, { atMs: Math.min(Math.max(0, at), total), rate: next });
    show(clock.current.atMs);
    setRateState(next);
    bump();
  }, [show, bump]);

  const currentClock = useCallback(() => clock.current, []);
  return { timeMs, rate, loop, seek, setRate, setLoop, clock: currentClock, transport };
}
