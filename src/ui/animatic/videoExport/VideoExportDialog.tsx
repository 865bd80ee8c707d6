import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../../hooks/board';
import { buildTimeline, planSound } from '../../../model/animatic';
import { DEFAULT_EXPORT_SIZE, exportDimensions, videoFileName, type ExportSize } from '../../../io/animatic/videoFormat';
import type { Aspect } from '../../../model/types';
import { Dialog, DialogActions } from '../../dialogs/Dialog';
import { SelectControl, SelectField } from '../../fields/SelectField';
import { fileNameOf } from '../../lib/download';
import { ExportProgressView } from './ExportProgressView';
import { useVideoExportJob } from './useVideoExportJob';
import { useVideoFormat } from './useVideoFormat';

interface VideoExportDialogProps {
  /** Index of the episode the player shows, or -1 for the whole series. */
  episodeIndex: number;
  /** The player's setting, so the video shows the frames the player shows. */
  speakerNames: boolean;
  onClose(): void;
}

const SIZES: ExportSize[] = ['1080x1920', '720x1280'];

/**
 * The animatic as a video file: this episode or a range of episodes, at 1080×1920 or
 * 720×1280, with optional timecode and draft burn-ins. Shows the format this browser will
 * produce, the progress with the time left, and cancels.
 */
export function VideoExportDialog({ episodeIndex, speakerNames, onClose }: VideoExportDialogProps) {
  const { t } = useTranslation();
  const board = useBoard();
  const count = board.episodes.length;
  const [what, setWhat] = useState<'episode' | 'range'>(episodeIndex >= 0 ? 'episode' : 'range');
  const [from, setFrom] = useState(Math.max(1, episodeIndex + 1));
  const [to, setTo] = useState(episodeIndex >= 0 ? episodeIndex + 1 : count);
  const [size, setSize] = useState<ExportSize>(DEFAULT_EXPORT_SIZE);
  const [timecode, setTimecode] = useState(false);
  const [draft, setDraft] = useState(false);
  const { job, start, cancel } = useVideoExportJob();

  const [first, last] = what === 'episode' ? [episodeIndex + 1, episodeIndex + 1] : [Math.min(from, to), Math.max(from, to)];
  const episodeIds = board.episodes.slice(first - 1, last).map((episode) => episode.id);
  const timeline = useMemo(() => buildTimeline(board, episodeIds), [board, episodeIds.join('\n')]);
  const hasSound = useMemo(() => planSound(board, timeline).length > 0, [board, timeline]);
  const format = useVideoFormat(size, board.meta.aspect, hasSound);
  const running = job.status === 'working' || job.status === 'cancelling';
  const empty = timeline.durationMs <= 0;

  const exportNow = () => {
    if (format.status !== 'ready') return;
    const base = fileNameOf(board.meta.title, 'board');
    start({
      board,
      timeline,
      size,
      format: format.format,
      fileName: videoFileName(base, first, last, format.format.extension),
      speakerNames,
      burnIns: { timecode, draft: draft ? t('animatic.video.draftMark') : null },
    });
  };

  const episodeOptions = board.episodes.map((_, index) => ({ value: String(index + 1), label: t('animatic.episode', { number: index + 1 }) }));
  const footer = running ? (
    <button type="button" className="button" disabled={job.status === 'cancelling'} onClick={cancel}>
      {t('animatic.video.cancel')}
    </button>
  ) : (
    <DialogActions onCancel={onClose} confirmLabel={t('animatic.video.export')} disabled={format.status !== 'ready' || empty} onConfirm={exportNow} />
  );
  return (
    <Dialog title={t('animatic.video.title')} onClose={onClose} size="small" footer={footer}>
      <fieldset className="export-choices" disabled={running}>
        <legend>{t('animatic.video.what')}</legend>
        {episodeIndex >= 0 && (
          <label className="choice">
            <input type="radio" name="video-what" checked={what === 'episode'} onChange={() => setWhat('episode')} />
            <span>{t('animatic.video.thisEpisode', { number: episodeIndex + 1 })}</span>
          </label>
        )}
        <div className="video-export__range">
          <label className="choice">
            <input type="radio" name="video-what" checked={what === 'range'} onChange={() => setWhat('range')} />
            <span>{t('animatic.video.range')}</span>
          </label>
          <SelectControl ariaLabel={t('animatic.video.from')} value={String(from)} options={episodeOptions}
            onChange={(value) => { setWhat('range'); setFrom(Number(value)); if (Number(value) > to) setTo(Number(value)); }} />
          <span>{t('animatic.video.to')}</span>
          <SelectControl ariaLabel={t('animatic.video.toEpisode')} value={String(to)} options={episodeOptions}
            onChange={(value) => { setWhat('range'); setTo(Number(value)); if (Number(value) < from) setFrom(Number(value)); }} />
        </div>
      </fieldset>
      <SelectField label={t('animatic.video.size')} value={size} disabled={running} onChange={(value) => value && setSize(value as ExportSize)}
        options={SIZES.map((value) => ({ value, label: sizeLabel(value, board.meta.aspect) }))} />
      <fieldset className="export-choices" disabled={running}>
        <legend>{t('animatic.video.burnIns')}</legend>
        <label className="choice">
          <input type="checkbox" checked={timecode} onChange={(event) => setTimecode(event.target.checked)} />
          <span>{t('animatic.video.timecode')}</span>
        </label>
        <label className="choice">
          <input type="checkbox" checked={draft} onChange={(event) => setDraft(event.target.checked)} />
          <span>{t('animatic.video.draft')}</span>
        </label>
      </fieldset>
      <p className="field-hint" aria-live="polite">
        {format.status === 'checking' && t('animatic.video.checking')}
        {format.status === 'ready' && t(format.format.audioCodec ? 'animatic.video.format' : format.soundDropped ? 'animatic.video.formatSoundDropped' : 'animatic.video.formatSilent',
          { format: format.format.label })}
      </p>
      {format.status === 'none' && <p role="alert" className="field-error">{t('animatic.video.noEncoder')}</p>}
      {empty && !running && <p className="field-error">{t('animatic.video.nothing')}</p>}
      <ExportProgressView job={job} />
    </Dialog>
  );
}

/** "1080 × 1920" for a 9:16 board; a board of another aspect shows the frame it will really get. */
function sizeLabel(size: ExportSize, aspect: Aspect): string {
  const { width, height } = exportDimensions(size, aspect);
  return `${width} × ${height}`;
}
