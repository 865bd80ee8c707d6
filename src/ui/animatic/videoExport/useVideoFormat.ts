import { useEffect, useState } from 'react';
import { probeVideoFormat } from '../../../io/animatic/probeVideoFormat';
import type { ExportSize, VideoFormat } from '../../../io/animatic/videoFormat';
import type { Aspect } from '../../../model/types';

export type FormatAnswer =
  | { status: 'checking' }
  /** `soundDropped`: the episodes have sound but this browser encodes none; the video is silent. */
  | { status: 'ready'; format: VideoFormat; soundDropped: boolean }
  | { status: 'none' };

/**
 * The format an export at `size` will have, asked of this browser (again when the size
 * changes, or whether the chosen episodes have sound).
 */
export function useVideoFormat(size: ExportSize, aspect: Aspect, withAudio: boolean): FormatAnswer {
  const key = `${size} ${aspect} ${withAudio}`;
  const [answer, setAnswer] = useState<{ key: string; answer: FormatAnswer } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const ask = (audio: boolean) => probeVideoFormat(size, aspect, audio).catch(() => null);
      const withSound = withAudio ? await ask(true) : null;
      const format = withSound ?? (await ask(false));
      if (!live) return;
      setAnswer({ key, answer: format ? { status: 'ready', format, soundDropped: withAudio && !withSound } : { status: 'none' } });
    })();
    return () => {
      live = false;
    };
  }, [size, aspect, withAudio, key]);
  return answer?.key === key ? answer.answer : { status: 'checking' };
}
