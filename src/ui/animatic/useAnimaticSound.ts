import { useEffect, useMemo, useRef, useState } from 'react';
import { useBoardSession } from '../../hooks/session';
import { planSound, type SoundCue, type Timeline } from '../../model/animatic';
import type { BoardSnapshot } from '../../model/types';
import { AnimaticSound } from './animaticSound';
import type { Playback } from './usePlayback';
import { soundBytesFrom } from './soundBytes';

export interface AnimaticSoundState {
  /** The timeline has sound (a soundtrack or a clip). */
  hasSound: boolean;
  /** Some of its sounds could not be loaded or decoded: the picture plays without them. */
  failed: boolean;
}

/**
 * The player's sound in step with its picture: plays from the playhead at 1x, is silent at
 * the shuttle's other speeds and while paused, starts again from the playhead on every seek,
 * step, scrub and loop, and follows the mute switch.
 */
export function useAnimaticSound(board: BoardSnapshot, timeline: Timeline, playback: Playback, muted: boolean): AnimaticSoundState {
  const { assets } = useBoardSession();
  // The same plan object while what it says is the same, so an edit elsewhere on the board
  // does not restart the sound; `timing` changes only when what plays where changes, not
  // with a volume, which a playing sound takes without starting again.
  const lastPlan = useRef<{ cues: SoundCue[]; key: string } | null>(null);
  const cues = useMemo(() => {
    const planned = planSound(board, timeline);
    const key = JSON.stringify(planned);
    if (lastPlan.current?.key !== key) lastPlan.current = { cues: planned, key };
    return lastPlan.current.cues;
  }, [board, timeline]);
  const timing = useMemo(() => JSON.stringify(cues.map(({ volume: _, ...rest }) => rest)), [cues]);
  const [failedAssets, setFailedAssets] = useState<ReadonlySet<string>>(new Set());
  const soundRef = useRef<AnimaticSound | null>(null);

  useEffect(() => {
    // A sound that could not be loaded and loads later (played again) takes its notice away.
    const sound = new AnimaticSound(soundBytesFrom(assets), (assetId, ok) =>
      setFailedAssets((current) => {
        if (current.has(assetId) !== ok) return current;
        const next = new Set(current);
        if (ok) next.delete(assetId);
        else next.add(assetId);
        return next;
      }),
    );
    soundRef.current = sound;
    return () => {
      sound.dispose();
      soundRef.current = null;
    };
  }, [assets]);

  const hasSound = cues.length > 0;
  const { rate, transport, clock, timeMs } = playback;

  useEffect(() => {
    soundRef.current?.setMuted(muted);
  }, [muted]);

  // Every change of the transport or of what plays where plays again from the playhead, or stops.
  const cuesRef = useRef(cues);
  cuesRef.current = cues;
  useEffect(() => {
    const sound = soundRef.current;
    if (!sound) return;
    sound.setCues(cuesRef.current);
    if (rate === 1 && hasSound) sound.play(clock());
    else sound.stop();
  }, [transport, rate, clock, hasSound, timing]);

  useEffect(() => {
    soundRef.current?.setVolumes(cues);
  }, [cues]);

  // As the playhead moves, the cues it reaches are scheduled; paused, what playing from there
  // will need is decoded. A board without sound never makes an audio context.
  useEffect(() => {
    const sound = soundRef.current;
    if (!sound || !hasSound) return;
    if (rate === 1) sound.update();
    else if (rate === 0) sound.update(timeMs);
  }, [timeMs, rate, hasSound, cues]);

  const failed = cues.some((cue) => failedAssets.has(cue.assetId));
  return { hasSound, failed };
}
