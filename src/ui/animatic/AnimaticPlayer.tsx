import { lazy, Suspense, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameSources } from '../../canvas/animatic/drawFrame';
import { useBoard } from '../../hooks/board';
import { useRhythm } from '../../hooks/rhythm';
import { useBoardSession } from '../../hooks/session';
import { buildTimeline, formatTimecode, stepByShot } from '../../model/animatic';
import { updateShot } from '../../model';
import { writeEdl } from '../../io/edl';
import { Dialog } from '../dialogs/Dialog';
import { useRunCommand } from '../hooks/useCommand';
import { downloadText, fileNameOf } from '../lib/download';
import { AnimaticPicture } from './AnimaticPicture';
import { AnimaticTimeline } from './AnimaticTimeline';
import { PlayerControls } from './PlayerControls';
import { SoundtrackControl } from './SoundtrackControl';
import { shuttle } from './playback';
import { timelineCurve } from './timelineCurve';
import { useAnimaticImages } from './useAnimaticImages';
import { useAnimaticSound } from './useAnimaticSound';
import { usePlayback } from './usePlayback';
import './animatic.css';

// The video export (and mediabunny with it) loads when it is first opened.
const VideoExportDialog = lazy(() => import('./videoExport/VideoExportDialog').then((module) => ({ default: module.VideoExportDialog })));

/** What plays: one episode (by id), or the whole series. */
export type AnimaticScope = string | 'series';
const SERIES = 'series';

/**
 * The animatic: the shots played at their durations with their camera moves, dissolves and
 * subtitles, over a timeline of the cut. Opens on the selected shot's episode at that shot
 * (or the first episode). Space plays and pauses, ← → step by shot, J K L shuttle, Escape
 * closes. Dragging a cut on the timeline retimes its shot for everyone in the room.
 */
export function AnimaticPlayer({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const board = useBoard();
  const run = useRunCommand();
  const report = useRhythm();
  // Where to start, read once: the selected shot, else the top of the first episode.
  const [start] = useState(() => {
    const selected = session.editor.selection.get()[0];
    const shot = selected ? board.shots[selected] : undefined;
    return { scope: shot?.episodeId ?? board.episodes[0]?.id ?? SERIES, shotId: shot?.id };
  });
  const [chosenScope, setScope] = useState<AnimaticScope>(start.scope);
  // An episode deleted by someone else while it plays leaves the whole series playing.
  const scope = board.episodes.some((episode) => episode.id === chosenScope) ? chosenScope : SERIES;
  const [speakerNames, setSpeakerNames] = useState(false);
  const [muted, setMuted] = useState(false);
  const [exportingVideo, setExportingVideo] = useState(false);
  const timeline = useMemo(() => buildTimeline(board, scope === SERIES ? [] : [scope]), [board, scope]);
  const [startMs] = useState(() => timeline.shots.find((shot) => shot.shotId === start.shotId)?.startMs ?? 0);
  const playback = usePlayback(timeline.durationMs, startMs);
  const images = useAnimaticImages(board, timeline);
  const sound = useAnimaticSound(board, timeline, playback, muted);
  const curve = useMemo(() => timelineCurve(timeline, report.curves), [timeline, report.curves]);
  const sources = useMemo<FrameSources>(() => ({ board, timeline, image: images.image }), [board, timeline, images.image]);
  const containerRef = useRef<HTMLDivElement>(null);

  const episodeIndex = board.episodes.findIndex((episode) => episode.id === scope);
  const changeScope = (next: AnimaticScope) => {
    playback.setRate(0);
    setScope(next);
    playback.seek(0);
  };
  const togglePlay = () => playback.setRate(playback.rate === 0 ? 1 : 0);
  const step = (direction: 1 | -1) => playback.seek(stepByShot(timeline, playback.timeMs, direction));
  const exportEdl = () => {
    const title = board.meta.title.trim() || t('ui.home.untitled');
    const part = episodeIndex >= 0 ? `ep${episodeIndex + 1}` : 'series';
    const edl = writeEdl(timeline, { title: episodeIndex >= 0 ? `${title} ${part.toUpperCase()}` : title });
    downloadText(`${fileNameOf(title, 'board')}-${part}.edl`, edl, 'text/plain');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select')) return;
    const key = event.key.toLowerCase();
    if (key === ' ') togglePlay();
    else if (key === 'arrowright') step(1);
    else if (key === 'arrowleft') step(-1);
    else if (key === 'j' || key === 'k' || key === 'l') playback.setRate(shuttle(playback.rate, key));
    else if (key === 'm') setMuted((value) => !value);
    else return;
    // Also keeps Space from pressing whichever button has focus.
    event.preventDefault();
  };

  const title = episodeIndex >= 0
    ? t('animatic.titleEpisode', { number: episodeIndex + 1 })
    : t('animatic.titleSeries');
  return (
    <Dialog title={title} onClose={onClose} size="full" initialFocusRef={containerRef}>
      <div ref={containerRef} className="animatic" tabIndex={-1} onKeyDown={onKeyDown}>
        {timeline.shots.length > 0 ? (
          <AnimaticPicture sources={sources} timeMs={playback.timeMs} aspect={board.meta.aspect} speakerNames={speakerNames}
            label={t('animatic.picture')} />
        ) : (
          // Said on the stage itself, where the picture would be.
          <div className="animatic-picture animatic-picture--empty">
            <p>{t('animatic.empty')}</p>
          </div>
        )}
        <PlayerControls
          scope={scope}
          episodes={board.episodes.map((episode, index) => ({ id: episode.id, label: episode.title.trim()
            ? t('animatic.episodeTitled', { number: index + 1, title: episode.title.trim() })
            : t('animatic.episode', { number: index + 1 }) }))}
          onScope={changeScope}
          playing={playback.rate !== 0}
          rate={playback.rate}
          onPlay={togglePlay}
          onStep={step}
          loop={playback.loop}
          onLoop={playback.setLoop}
          speakerNames={speakerNames}
          onSpeakerNames={setSpeakerNames}
          hasSound={sound.hasSound}
          muted={muted}
          onMute={setMuted}
          time={`${formatTimecode(playback.timeMs)} / ${formatTimecode(timeline.durationMs)}`}
          hasShots={timeline.shots.length > 0}
          onExport={exportEdl}
          onExportVideo={() => {
            playback.setRate(0);
            setExportingVideo(true);
          }}
        />
        <SoundtrackControl episode={board.episodes[episodeIndex] ?? null} />
        {timeline.shots.length > 0 && <AnimaticTimeline
          timeline={timeline}
          timeMs={playback.timeMs}
          curve={curve}
          canRetime={session.canEdit}
          onSeek={playback.seek}
          onScrubStart={() => playback.setRate(0)}
          onRetime={(shotId, durationMs) => run((doc) => updateShot(doc, shotId, { durationMs }))}
        />}
        {exportingVideo && (
          <Suspense fallback={null}>
            <VideoExportDialog episodeIndex={episodeIndex} speakerNames={speakerNames} onClose={() => setExportingVideo(false)} />
          </Suspense>
        )}
        {sound.failed && <p role="status" className="field-error animatic__notice">{t('animatic.soundFailed')}</p>}
        <p className="field-hint animatic__keys">
          {session.canEdit ? t('animatic.keys') : `${t('animatic.keys')} · ${t('animatic.readOnly')}`}
        </p>
      </div>
    </Dialog>
  );
}
