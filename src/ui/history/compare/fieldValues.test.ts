import { describe, expect, it } from 'vitest';
import * as ui from '../../i18n/locales/ui';
import * as versionView from '../../i18n/locales/versionView';
import { hasKey } from '../../i18n/testing/keysInSource';
import { dialogueText, episodeFieldValues, filledShotFields, shotFieldValues, type Translate } from './fieldValues';
import { editedBoard, sideOf } from './testing/boards';

const english = { ui: ui.en, versionView: versionView.en };
const chinese = { ui: ui.zhCN, versionView: versionView.zhCN };

/** A `t` that fails on a key either language lacks and otherwise answers in English, filling values in. */
const t: Translate = (key, options = {}) => {
  expect(hasKey(chinese, key), `zh-CN ${key}`).toBe(true);
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], english);
  expect(typeof text, `en ${key}`).toBe('string');
  return (text as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
};

describe('shotFieldValues', () => {
  it('writes each changed field before and after: seconds, and the beat as type, emotion and intensity', () => {
    const { before, after, ids } = editedBoard();
    const values = shotFieldValues(['durationMs', 'beat'], ids.first, sideOf(before), sideOf(after), t);
    expect(values).toEqual([
      { field: 'durationMs', label: 'Duration', before: '3 s', after: '4.5 s' },
      { field: 'beat', label: 'Beat', before: '—', after: 'Hook · Anger · intensity 7' },
    ]);
  });

  it('leaves the sketch to be drawn, and has no side for a shot that is not on it', () => {
    const { before, after, ids } = editedBoard();
    expect(shotFieldValues(['sketch'], ids.second, sideOf(before), sideOf(after), t)).toEqual([]);
    const removed = shotFieldValues(['scene'], ids.doomedShot, sideOf(before), sideOf(after), t);
    expect(removed).toEqual([{ field: 'scene', label: 'Scene', before: 'INT. HALL', after: null }]);
  });

  it('names the episode and the shot number for a move', () => {
    const { before, after, ids } = editedBoard();
    const [episode, position] = shotFieldValues(['episodeId', 'order'], ids.second, sideOf(before), sideOf(after), t);
    expect(episode!.after).toBe('Episode 1'); // untitled: the number alone
    expect(position).toMatchObject({ before: 'Shot 1.2', after: 'Shot 1.3' });
  });
});

describe('sound fields', () => {
  it('names a clip or soundtrack by its name, and its volume in percent', () => {
    const { before, after, ids } = editedBoard();
    const withClip = { ...after, shots: { ...after.shots, [ids.first]: { ...after.shots[ids.first]!, clipAssetId: 'c1', clipName: 'Line 3.webm', clipVolume: 0.4 } } };
    expect(shotFieldValues(['clipAssetId', 'clipVolume'], ids.first, sideOf(before), sideOf(withClip), t)).toEqual([
      { field: 'clipAssetId', label: 'Clip', before: '—', after: 'Line 3.webm' },
      { field: 'clipVolume', label: 'Clip volume', before: '100%', after: '40%' },
    ]);
    expect(filledShotFields(withClip.shots[ids.first]!)).toEqual(expect.arrayContaining(['clipAssetId', 'clipVolume']));
    const episode = after.episodes[0]!;
    const scored = { ...after, episodes: [{ ...episode, soundtrackAssetId: 's1', soundtrackName: '', soundtrackVolume: 0.8 }, ...after.episodes.slice(1)] };
    expect(episodeFieldValues(['soundtrackAssetId', 'soundtrackVolume'], episode.id, after, scored, t)).toEqual([
      { field: 'soundtrackAssetId', label: 'Soundtrack', before: '—', after: 'A sound' },
      { field: 'soundtrackVolume', label: 'Soundtrack volume', before: '80%', after: '80%' },
    ]);
  });
});

describe('filledShotFields', () => {
  it('lists what an added or removed shot has set', () => {
    const { before, ids } = editedBoard();
    expect(filledShotFields(before.shots[ids.first]!)).toEqual(['scene', 'durationMs', 'dialogue']);
  });
});

describe('dialogueText', () => {
  it('prints lines as a script does, with speaker and parenthetical', () => {
    const { before, ids } = editedBoard();
    expect(dialogueText(before.shots[ids.first]!.dialogue, before)).toBe('LIN YUE (quietly): The owner is not selling.');
  });
});

describe('episodeFieldValues', () => {
  it('shows every field of a removed episode on its old side', () => {
    const { before, after, ids } = editedBoard();
    const values = episodeFieldValues([], ids.doomed, before, after, t);
    expect(values.map((value) => [value.label, value.before, value.after])).toEqual([
      ['Episode title', 'The Auction', null],
      ['Target length', `${before.episodes[1]!.targetSeconds} s`, null],
      ['Paywall episode', 'No', null],
      ['Synopsis', '—', null],
    ]);
  });

  it('shows only the changed fields of an episode on both sides', () => {
    const { before, ids } = editedBoard();
    const renamed = { ...before, episodes: before.episodes.map((episode) => (episode.id === ids.doomed ? { ...episode, title: 'The Sale', paywall: true } : episode)) };
    const values = episodeFieldValues(['title', 'paywall'], ids.doomed, before, renamed, t);
    expect(values.map((value) => [value.before, value.after])).toEqual([['The Auction', 'The Sale'], ['No', 'Yes']]);
  });
});
