import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/animatic';
import { timecode, writeEdl } from './edl';

const timeline: Timeline = {
  durationMs: 6500,
  shots: [
    { shotId: 'a', episodeId: 'e', number: '1.1', startMs: 0, endMs: 2000 },
    { shotId: 'b', episodeId: 'e', number: '1.2', startMs: 2000, endMs: 2000 },
    { shotId: 'c', episodeId: 'e', number: '1.3', startMs: 2000, endMs: 6500 },
  ],
};

describe('the EDL of a cut (CMX 3600)', () => {
  it('writes one event a shot with its length in frames, one hour in, named by shot number', () => {
    const edl = writeEdl(timeline, { title: 'The Canal Heiress\nEp 1' });
    expect(edl.split('\r\n')).toEqual([
      'TITLE: The Canal Heiress Ep 1',
      'FCM: NON-DROP FRAME',
      '',
      '001  AX       V     C        00:00:00:00 00:00:02:00 01:00:00:00 01:00:02:00',
      '* FROM CLIP NAME: SHOT 1.1',
      '',
      '002  AX       V     C        00:00:00:00 00:00:04:15 01:00:02:00 01:00:06:15',
      '* FROM CLIP NAME: SHOT 1.3',
      '',
    ]);
  });

  it('skips shots of no duration and keeps the record side continuous', () => {
    const events = writeEdl(timeline, { title: 'x' }).split('\r\n').filter((line) => /^\d{3} /.test(line));
    expect(events).toHaveLength(2);
    const [first, second] = events.map((line) => line.split(/\s+/));
    expect(first![7]).toBe(second![6]);
  });

  it('writes timecodes as HH:MM:SS:FF', () => {
    expect(timecode(0)).toBe('00:00:00:00');
    expect(timecode(29)).toBe('00:00:00:29');
    expect(timecode(30 * 3661 + 7)).toBe('01:01:01:07');
    expect(timecode(50, 25)).toBe('00:00:02:00');
  });
});
