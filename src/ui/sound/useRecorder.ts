import { useCallback, useEffect, useRef, useState } from 'react';
import type { SoundProblem } from './useSoundInput';

export type RecorderPhase = 'idle' | 'asking' | 'recording';

export interface Recorder {
  phase: RecorderPhase;
  /** Whole tenths of a second since recording began (0 unless recording). */
  elapsedSeconds: number;
  /** Asks for the microphone and starts recording; a refusal is reported through `onProblem`. */
  start(): void;
  /** Stops; the recording goes to `onRecorded` (an empty one is reported as a problem instead). */
  stop(): void;
}

/** The recording's type: Opus in WebM where the browser can (Chrome, Firefox, Edge), else its own default. */
function recordingType(): string | undefined {
  const type = 'audio/webm;codecs=opus';
  return typeof MediaRecorder.isTypeSupported === 'function' && MediaRecorder.isTypeSupported(type) ? type : undefined;
}

/**
 * Records from the microphone with MediaRecorder. The microphone is held only while recording:
 * its tracks stop with the recording, and when the control goes away mid-recording (what was
 * recorded until then still goes to `onRecorded`).
 */
export function useRecorder(onRecorded: (recording: Blob, seconds: number) => void, onProblem: (problem: SoundProblem) => void): Recorder {
  const [phase, setPhase] = useState<RecorderPhase>('idle');
  const [elapsedSeconds, setElapsed] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const startedAt = useRef(0);
  const alive = useRef(true);
  // The latest callbacks, so a recording that ends after a re-render reaches the current shot's.
  const handlers = useRef({ onRecorded, onProblem });
  handlers.current = { onRecorded, onProblem };

  const release = useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    recorder.current = null;
  }, []);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (recorder.current?.state === 'recording') recorder.current.stop();
      release();
    };
  }, [release]);

  useEffect(() => {
    if (phase !== 'recording') return;
    const timer = setInterval(() => setElapsed(Math.floor((performance.now() - startedAt.current) / 100) / 10), 100);
    return () => clearInterval(timer);
  }, [phase]);

  const start = useCallback(() => {
    if (phase !== 'idle') return;
    if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      handlers.current.onProblem({ key: 'errors.noRecorder', values: {} });
      return;
    }
    setPhase('asking');
    void (async () => {
      let media: MediaStream;
      try {
        media = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (error) {
        if (!alive.current) return;
        setPhase('idle');
        const name = (error as { name?: string }).name;
        handlers.current.onProblem(name === 'NotAllowedError' || name === 'SecurityError'
          ? { key: 'errors.micDenied', values: {} }
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? { key: 'errors.noMic', values: {} }
            : { key: 'errors.recordFailed', values: { detail: (error as Error).message || String(name) } });
        return;
      }
      if (!alive.current) {
        media.getTracks().forEach((track) => track.stop());
        return;
      }
      stream.current = media;
      const type = recordingType();
      const made = new MediaRecorder(media, type ? { mimeType: type } : undefined);
      const chunks: Blob[] = [];
      made.addEventListener('dataavailable', (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
      made.addEventListener('stop', () => {
        const seconds = (performance.now() - startedAt.current) / 1000;
        release();
        const recording = new Blob(chunks, { type: made.mimeType || type || 'audio/webm' });
        // A recording cut short by the control closing (another shot selected) is still kept.
        if (!alive.current) {
          if (recording.size > 0) handlers.current.onRecorded(recording, seconds);
          return;
        }
        setPhase('idle');
        setElapsed(0);
        if (recording.size === 0) handlers.current.onProblem({ key: 'errors.emptyRecording', values: {} });
        else handlers.current.onRecorded(recording, seconds);
      });
      made.addEventListener('error', (event) => {
        const detail = (event as Event & { error?: Error }).error?.message ?? 'MediaRecorder';
        release();
        if (!alive.current) return;
        setPhase('idle');
        setElapsed(0);
        handlers.current.onProblem({ key: 'errors.recordFailed', values: { detail } });
      });
      recorder.current = made;
      startedAt.current = performance.now();
      made.start();
      setElapsed(0);
      setPhase('recording');
    })();
  }, [phase, release]);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  return { phase, elapsedSeconds, start, stop };
}
