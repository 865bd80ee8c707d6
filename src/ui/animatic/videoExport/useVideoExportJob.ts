import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAssetImage } from '../../../canvas/assetImages';
import type { FrameImage } from '../../../canvas/animatic/drawFrame';
import { useBoardSession } from '../../../hooks/session';
import { exportVideo, VideoExportError, type ExportProgress, type VideoExportRequest } from '../../../io/animatic/exportVideo';
import { downloadBlob } from '../../lib/download';
import { soundBytesFrom } from '../soundBytes';

export type ExportJob =
  | { status: 'idle' }
  | { status: 'working'; progress: ExportProgress | null }
  | { status: 'cancelling'; progress: ExportProgress | null }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'done'; fileName: string; videoSeconds: number; tookSeconds: number; soundMissing: boolean };

/** The download's file leaves the browser's storage this long after it was handed over (see ExportedVideo.discard). */
const DISCARD_AFTER_MS = 10 * 60_000;

type JobRequest = Omit<VideoExportRequest, 'loadImage' | 'loadSound' | 'onProgress' | 'signal'>;

/**
 * One video export at a time: runs it with progress, cancels it on request or when the
 * dialog goes away, downloads the file and says what happened. Like the whole dialog, this
 * loads (with mediabunny) only when the export is first opened.
 */
export function useVideoExportJob(): { job: ExportJob; start(request: JobRequest): void; cancel(): void } {
  const { t } = useTranslation();
  const { assets } = useBoardSession();
  const [job, setJob] = useState<ExportJob>({ status: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);
  // Closing the dialog mid-export cancels it (and deletes the partial file).
  useEffect(() => () => controllerRef.current?.abort(), []);

  const loadImage = (assetId: string): Promise<FrameImage | null> =>
    loadAssetImage(assets, assetId).then((image) => (image ? { source: image, width: image.naturalWidth, height: image.naturalHeight } : null));

  const start = (request: JobRequest) => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setJob({ status: 'working', progress: null });
    const started = performance.now();
    void (async () => {
      try {
        const video = await exportVideo({
          ...request,
          loadImage,
          loadSound: soundBytesFrom(assets),
          signal: controller.signal,
          onProgress: (progress) => {
            if (!controller.signal.aborted) setJob({ status: 'working', progress });
          },
        });
        downloadBlob(request.fileName, video.file);
        window.setTimeout(() => void video.discard(), DISCARD_AFTER_MS);
        setJob({
          status: 'done',
          fileName: request.fileName,
          videoSeconds: Math.round(request.timeline.durationMs / 1000),
          tookSeconds: Math.round((performance.now() - started) / 100) / 10,
          soundMissing: video.missingSounds > 0,
        });
      } catch (error) {
        if (controller.signal.aborted) setJob({ status: 'cancelled' });
        else {
          console.error(error);
          setJob({ status: 'failed', message: failureMessage(t, error) });
        }
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null;
      }
    })();
  };

  const cancel = () => {
    controllerRef.current?.abort();
    setJob((current) => (current.status === 'working' ? { status: 'cancelling', progress: current.progress } : current));
  };

  return { job, start, cancel };
}

function failureMessage(t: ReturnType<typeof useTranslation>['t'], error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = error instanceof VideoExportError ? error.reason : 'failed';
  if (reason === 'noSpace') return t('animatic.video.noSpace');
  if (reason === 'noEncoder') return t('animatic.video.noEncoderFailed', { message });
  if (reason === 'nothingToExport') return t('animatic.video.nothing');
  return t('animatic.video.failed', { message });
}
