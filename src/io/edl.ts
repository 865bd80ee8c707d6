import { ANIMATIC_FPS, type Timeline } from '../model/animatic';

// The cut as an edit decision list in the CMX 3600 form, which Premiere, Resolve and Final Cut
// import: one event a shot, its length in frames, named by its shot number so an editor can
// lay the real footage over the animatic's timing.

export interface EdlOptions {
  title: string;
  /** Frames per second of the timecodes (non-drop-frame). */
  fps?: number;
  /** Where the record side starts; editors expect one hour in. */
  recordStartFrames?: number;
}

/** Each event's reel: these are drawings, not footage, so every event reads from one "AX" reel. */
const REEL = 'AX';

export function writeEdl(timeline: Timeline, { title, fps = ANIMATIC_FPS, recordStartFrames = 3600 * fps }: EdlOptions): string {
  // Titles are one line of at most 70 characters of plain text in the format.
  const lines = [`TITLE: ${oneLine(title).slice(0, 70) || 'Beatboard'}`, 'FCM: NON-DROP FRAME', ''];
  let record = recordStartFrames;
  let event = 0;
  for (const shot of timeline.shots) {
    const frames = Math.round(((shot.endMs - shot.startMs) * fps) / 1000);
    if (frames <= 0) continue;
    event++;
    const sourceIn = 0;
    lines.push(
      // The usual columns: event, two spaces, reel in 8, track V, cut C, then the four timecodes.
      `${String(event).padStart(3, '0')}  ${REEL.padEnd(8)} V     C        ` +
        [timecode(sourceIn, fps), timecode(sourceIn + frames, fps), timecode(record, fps), timecode(record + frames, fps)].join(' '),
      `* FROM CLIP NAME: SHOT ${shot.number}`,
      '',
    );
    record += frames;
  }
  return lines.join('\r\n');
}

/** HH:MM:SS:FF from a frame count. */
export function timecode(frames: number, fps = ANIMATIC_FPS): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const seconds = Math.floor(frames / fps);
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}:${pad(frames % fps)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
