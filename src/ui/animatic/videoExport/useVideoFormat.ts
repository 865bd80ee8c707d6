import { useEffect, useState } from 'react';
import { probeVideoFormat } from '../../../io/animatic/probeVideoFormat';
import type { ExportSize, VideoFormat } from '../../../io/animatic/videoFormat';
import type { Aspect } from '../../../model/types';

export type FormatAnswer = { status: 'checking' } | { status: 'ready'; format: VideoFormat } | { status: 'none' };

/** The format an export at `size` will have, asked of this browser (again when the size changes). */
export function useVideoFormat(size: ExportSize, aspect: Aspect): FormatAnswer {
  const [answer, setAnswer] = useState<{ size: ExportSize; answer: FormatAnswer } | null>(null);
  useEffect(() => {
    let live = true;
    void probeVideoFormat(size, aspect)
      .catch(() => null)
      .then((format) => {
        if (live) setAnswer({ size, answer: format ? { status: 'ready', format } : { status: 'none' } });
      });
    return () => {
      live = false;
    };
  }, [size, aspect]);
  return answer?.size === size ? answer.answer : { status: 'checking' };
}
