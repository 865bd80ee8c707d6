import { describe, expect, it } from 'vitest';
import { CLIP_CUT_FADE_MS, cueGainAt, planSound, soundPlaysFrom, SOUNDTRACK_FADE_OUT_MS, type SoundCue, type SoundSources } from './sound';
import type { Timeline } from './timeline';

/** A timeline of episodes laid end to end, each a list of shot durations; shots are named `<episode>.<n>`. */
function timelineOf(episodes: Record<string, number[]>): Timeline {
  let at = 0;
  const shots = Object.entries(episodes).flatMap(([episodeId, durations]) =>
    durations.map((duration, index) => {
      const shot = { shotId: `${episodeId}.${index + 1}`, episodeId, number: `${episodeId}.${index + 1}`, startMs: at, endMs: at + duration };
      at += duration;
      return shot;
    }),
  );
  return { shots, durationMs: at };
}

const plan = (sources: Partial<SoundSources>, timeline: Timeline) => planSound({ episodes: [], shots: {}, ...sources }, timeline);
const brief = (cues: SoundCue[]) => cues.map((cue) => [cue.kind, cue.assetId, cue.startMs, cue.endMs, cue.volume, cue.fadeOutMs]);

describe('the animatic sound plan', () => {
  it('plays the soundtrack from the episode start for its running time at its volume, fading out at the end', () => {
    const timeline = timelineOf({ a: [2000, 3000] });
    const cues = plan({ episodes: [{ id: 'a', soundtrackAssetId: 'music', soundtrackVolume: 0.6 }] }, timeline);
    expect(brief(cues)).toEqual([['soundtrack', 'music', 0, 5000, 0.6, SOUNDTRACK_FADE_OUT_MS]]);
    expect(cues[0]).toMatchObject({ episodeId: 'a', shotId: null });
  });

  it('starts each clip with its shot and lets it run over the cuts after it, up to the episode end', () => {
    const timeline = timelineOf({ a: [2000, 3000, 1000] });
    const cues = plan({ shots: { 'a.2': { clipAssetId: 'line', clipVolume: 0.5 }, 'a.3': { clipAssetId: 'line2' } } }, timeline);
    expect(brief(cues)).toEqual([
      ['clip', 'line', 2000, 6000, 0.5, CLIP_CUT_FADE_MS],
      ['clip', 'line2', 5000, 6000, 1, CLIP_CUT_FADE_MS],
    ]);
    expect(cues[0]!.shotId).toBe('a.2');
  });

  it('uses the default volumes when a board does not say, clamps them, and leaves out silent and missing sounds', () => {
    const timeline = timelineOf({ a: [1000], b: [1000], c: [1000] });
    const cues = plan(
      {
        episodes: [
          { id: 'a', soundtrackAssetId: 'm1' },
          { id: 'b', soundtrackAssetId: 'm2', soundtrackVolume: 7 },
          { id: 'c', soundtrackAssetId: 'm3', soundtrackVolume: 0 },
        ],
        shots: { 'a.1': { clipAssetId: 'v', clipVolume: null }, 'b.1': { clipAssetId: null, clipVolume: 1 }, 'c.1': { clipAssetId: 'w', clipVolume: -1 } },
      },
      timeline,
    );
    expect(cues.map((cue) => [cue.assetId, cue.volume])).toEqual([['m1', 0.8], ['v', 1], ['m2', 1]]);
    expect(plan({ episodes: [{ id: 'a', soundtrackAssetId: 'm', soundtrackVolume: Number.NaN }] }, timeline)[0]!.volume).toBe(0.8);
    expect(plan({}, timeline)).toEqual([]);
  });

  it('cuts every episode\'s sound at its own end in a play-through, and the next episode\'s starts with it', () => {
    const timeline = timelineOf({ a: [2000, 2000], b: [3000], c: [1500] });
    const cues = plan(
      {
        episodes: [{ id: 'a', soundtrackAssetId: 'm' }, { id: 'b' }, { id: 'c', soundtrackAssetId: 'm', soundtrackVolume: 0.5 }],
        shots: { 'a.2': { clipAssetId: 'v' }, 'b.1': { clipAssetId: 'w' } },
      },
      timeline,
    );
    expect(brief(cues)).toEqual([
      ['soundtrack', 'm', 0, 4000, 0.8, 500],
      ['clip', 'v', 2000, 4000, 1, 20],
      ['clip', 'w', 4000, 7000, 1, 20],
      ['soundtrack', 'm', 7000, 8500, 0.5, 500],
    ]);
    expect(cues.map((cue) => cue.episodeId)).toEqual(['a', 'a', 'b', 'c']);
  });

  it('leaves out an episode of no running time and a clip on a shot of no duration at its episode\'s end', () => {
    const timeline = timelineOf({ a: [0], b: [1000, 0] });
    const cues = plan({ episodes: [{ id: 'a', soundtrackAssetId: 'm' }], shots: { 'a.1': { clipAssetId: 'v' }, 'b.2': { clipAssetId: 'w' } } }, timeline);
    expect(cues).toEqual([]);
  });

  it('keeps fades within a very short episode', () => {
    const cues = plan({ episodes: [{ id: 'a', soundtrackAssetId: 'm' }], shots: { 'a.2': { clipAssetId: 'v' } } }, timelineOf({ a: [300, 10] }));
    expect(cues.map((cue) => cue.fadeOutMs)).toEqual([310, 10]);
  });

  it('fades the gain linearly to silence over the last half second', () => {
    const [cue] = plan({ episodes: [{ id: 'a', soundtrackAssetId: 'm', soundtrackVolume: 0.6 }] }, timelineOf({ a: [4000] }));
    expect([0, 3500, 3750, 4000, 5000].map((ms) => cueGainAt(cue!, ms))).toEqual([0.6, 0.6, 0.3, 0, 0]);
  });
});

describe('playing the sound plan from a point of the timeline', () => {
  const timeline = timelineOf({ a: [2000, 3000], b: [4000] });
  const cues = plan(
    { episodes: [{ id: 'a', soundtrackAssetId: 'm', soundtrackVolume: 0.5 }, { id: 'b', soundtrackAssetId: 'm2' }], shots: { 'a.2': { clipAssetId: 'v' } } },
    timeline,
  );

  it('from the start: each cue after its delay, from the beginning of its sound, with its fade at the end', () => {
    const plays = soundPlaysFrom(cues, 0);
    expect(plays.map((play) => [play.cue.assetId, play.delayMs, play.offsetMs, play.durationMs])).toEqual([
      ['m', 0, 0, 5000],
      ['v', 2000, 0, 3000],
      ['m2', 5000, 0, 4000],
    ]);
    expect(plays[0]!.gain).toEqual([{ atMs: 0, value: 0.5 }, { atMs: 4500, value: 0.5 }, { atMs: 5000, value: 0 }]);
    expect(plays[1]!.gain).toEqual([{ atMs: 2000, value: 1 }, { atMs: 4980, value: 1 }, { atMs: 5000, value: 0 }]);
  });

  it('from the middle: what already sounds starts at once, that far into its sound; what has ended is left out', () => {
    const plays = soundPlaysFrom(cues, 3000);
    expect(plays.map((play) => [play.cue.assetId, play.delayMs, play.offsetMs, play.durationMs])).toEqual([
      ['m', 0, 3000, 2000],
      ['v', 0, 1000, 2000],
      ['m2', 2000, 0, 4000],
    ]);
    expect(soundPlaysFrom(cues, 6000).map((play) => [play.cue.assetId, play.offsetMs])).toEqual([['m2', 1000]]);
    expect(soundPlaysFrom(cues, 9000)).toEqual([]);
  });

  it('from inside a fade: starts at the gain the fade has reached', () => {
    const [play] = soundPlaysFrom(cues, 4750);
    expect(play!.gain).toEqual([{ atMs: 0, value: 0.25 }, { atMs: 250, value: 0 }]);
  });

  it('within a window (a chunk of the export\'s mix): cut at the window\'s end, at the gain reached there', () => {
    const plays = soundPlaysFrom(cues, 4000, 4600);
    expect(plays.map((play) => [play.cue.assetId, play.delayMs, play.offsetMs, play.durationMs])).toEqual([['m', 0, 4000, 600], ['v', 0, 2000, 600]]);
    expect(plays[0]!.gain).toEqual([{ atMs: 0, value: 0.5 }, { atMs: 500, value: 0.5 }, { atMs: 600, value: 0.4 }]);
    // Chunks side by side add up to the whole.
    const whole = soundPlaysFrom(cues, 0).reduce((sum, play) => sum + play.durationMs, 0);
    const chunks = [0, 3000, 6000].flatMap((from) => soundPlaysFrom(cues, from, from + 3000)).reduce((sum, play) => sum + play.durationMs, 0);
    expect(chunks).toBe(whole);
  });

  it('knows a sound shorter than its cue ends with the sound: nothing after it, no fade to play', () => {
    const length = (assetId: string) => (assetId === 'v' ? 1200 : null);
    const [, clip] = soundPlaysFrom(cues, 0, Infinity, length);
    expect(clip).toMatchObject({ delayMs: 2000, durationMs: 1200, gain: [{ atMs: 2000, value: 1 }] });
    expect(soundPlaysFrom(cues, 3500, Infinity, length).map((play) => play.cue.assetId)).toEqual(['m', 'm2']);
  });
});
