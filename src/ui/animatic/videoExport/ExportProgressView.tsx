import { useTranslation } from 'react-i18next';
import { timeLeftText } from './timeLeft';
import type { ExportJob } from './useVideoExportJob';

/** The export's bar and what it says: percentage and time left, then done, cancelled or why it failed. */
export function ExportProgressView({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  if (job.status === 'working' || job.status === 'cancelling') {
    const done = job.progress?.framesDone ?? 0;
    const total = job.progress?.totalFrames ?? 1;
    const percent = Math.floor((100 * done) / total);
    return (
      <div className="video-export__progress">
        <progress max={total} value={done} aria-label={t('animatic.video.progress')} />
        <output aria-live="polite">
          {job.status === 'cancelling'
            ? t('animatic.video.cancelling')
            : job.progress
              ? t('animatic.video.percent', { percent, left: timeLeftText(t, job.progress.msLeft) })
              : t('animatic.video.starting')}
        </output>
      </div>
    );
  }
  if (job.status === 'cancelled') return <p role="status">{t('animatic.video.cancelled')}</p>;
  if (job.status === 'failed') return <p role="alert" className="field-error">{job.message}</p>;
  if (job.status === 'done') {
    const done = t('animatic.video.done', { name: job.fileName, seconds: job.videoSeconds, took: job.tookSeconds });
    return <p role="status">{job.soundMissing ? `${done} ${t('animatic.video.soundMissing')}` : done}</p>;
  }
  return null;
}
