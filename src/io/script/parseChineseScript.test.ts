import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../model';
import { sizeOfCameraNote, takeCameraNote } from './cameraNotes';
import { isChineseLayout, parseChineseScript } from './parseChineseScript';
import { buildBoardFromScript } from './importScript';
import { parseScript } from './parseScript';
import { ScriptError } from './types';

const SCRIPT = `剧名：运河千金
简介：落难千金隐身货船，当众掌掴豪门少爷。

第一集 码头
本集梗概：打工女当众扇了少爷一巴掌。
人物：林玥、周浩、梅姨

第1场 货船甲板 日 外
△细雨落在运河上。林玥穿着湿透的工作服，正在盘缆绳。
【全景】周浩带着两名保镖登船。
周浩：这船是谁的？告诉船主，周家要买了。
林玥：（头也不抬）船主不卖。
【特写】
周浩（冷笑）：你算什么东西？
时间：清晨

第一集 完

第二集：照片
1-2 茶船 日 外
梅姨（OS）：她有她父亲的脾气。
【大特写】林玥的手，满是伤疤。
【闪回】父亲在雨中离去。
（完）
`;

describe('the Chinese script layout', () => {
  it('maps 第X集 to episodes, 第X场 to scenes, 角色：台词 to dialogue and 【特写】 to sizes', () => {
    const script = parseChineseScript(SCRIPT);
    expect(script.title).toBe('运河千金');
    expect(script.logline).toBe('落难千金隐身货船，当众掌掴豪门少爷。');
    expect(script.episodes.map((e) => e.title)).toEqual(['码头', '照片']);
    expect(script.characters.map((character) => character.name)).toEqual(['林玥', '周浩', '梅姨']);
    const [first, second] = script.episodes;
    expect(first!.synopsis).toBe('打工女当众扇了少爷一巴掌。');
    expect(first!.shots).toEqual([
      { scene: '第1场 货船甲板 日 外', action: '细雨落在运河上。林玥穿着湿透的工作服，正在盘缆绳。', dialogue: [] },
      { scene: '第1场 货船甲板 日 外', action: '周浩带着两名保镖登船。', dialogue: [], size: 'WS' },
      { scene: '第1场 货船甲板 日 外', action: '', dialogue: [{ character: '周浩', line: '这船是谁的？告诉船主，周家要买了。', parenthetical: '' }] },
      { scene: '第1场 货船甲板 日 外', action: '', dialogue: [{ character: '林玥', line: '船主不卖。', parenthetical: '头也不抬' }] },
      // A camera note on its own line sizes the next shot.
      { scene: '第1场 货船甲板 日 外', action: '', dialogue: [{ character: '周浩', line: '你算什么东西？', parenthetical: '冷笑' }], size: 'CU' },
      // 时间：清晨 is a field, not a speaker called 时间.
      { scene: '第1场 货船甲板 日 外', action: '时间：清晨', dialogue: [] },
    ]);
    expect(second!.shots).toEqual([
      { scene: '1-2 茶船 日 外', action: '', dialogue: [{ character: '梅姨', line: '她有她父亲的脾气。', parenthetical: 'OS' }] },
      { scene: '1-2 茶船 日 外', action: '林玥的手，满是伤疤。', dialogue: [], size: 'ECU' },
      // A bracket that names no size stays in the action.
      { scene: '1-2 茶船 日 外', action: '【闪回】父亲在雨中离去。', dialogue: [] },
    ]);
  });

  it('becomes a board with the sizes set and the speakers linked', () => {
    const doc = new Y.Doc();
    buildBoardFromScript(doc, parseScript(SCRIPT), 'zh-CN');
    const board = readBoard(doc);
    expect(board.meta.title).toBe('运河千金');
    const shots = board.shotsByEpisode[board.episodes[0]!.id]!.map((id) => board.shots[id]!);
    expect(shots.map((shot) => shot.size)).toEqual([null, 'WS', null, null, 'CU', null]);
    expect(board.characters[shots[3]!.dialogue[0]!.characterId!]!.name).toBe('林玥');
  });

  it('reads a bare OS, VO or 画外音 after a name as the speaker with the marker, not a new character', () => {
    const script = parseChineseScript('第1集 重逢\n顾言：你来了。\n顾言OS：她不会得逞的。\n顾言 V.O.：走吧。\n沈念画外音：我回来了。');
    expect(script.characters.map((character) => character.name)).toEqual(['顾言', '沈念']);
    expect(script.episodes[0]!.shots.map((shot) => shot.dialogue[0])).toEqual([
      { character: '顾言', line: '你来了。', parenthetical: '' },
      { character: '顾言', line: '她不会得逞的。', parenthetical: 'OS' },
      { character: '顾言', line: '走吧。', parenthetical: 'V.O.' },
      { character: '沈念', line: '我回来了。', parenthetical: '画外音' },
    ]);
  });

  it('titles an episode with what follows its marker, so the board does not show the number twice', () => {
    const doc = new Y.Doc();
    buildBoardFromScript(doc, parseScript('第1集 重逢\n顾言：你来了。\n第二集：旧账\n顾言：走。\n第 12 集\n顾言：回。'), 'zh-CN');
    // The board numbers episodes itself; an episode with no title after its marker is untitled.
    expect(readBoard(doc).episodes.map((episode) => episode.title)).toEqual(['重逢', '旧账', '']);
  });

  it('is told apart from Fountain, Chinese Fountain included', () => {
    expect(isChineseLayout(SCRIPT)).toBe(true);
    expect(isChineseLayout('林玥：船主不卖。\n周浩：你算什么东西？')).toBe(true);
    expect(isChineseLayout('# 第一集 码头\n\n@林玥\n船主不卖。')).toBe(false);
    expect(isChineseLayout('Title: 运河千金\n\nINT. 货船 - 甲板\n\n林玥：船主不卖。\n周浩：走。')).toBe(false);
    expect(isChineseLayout('A plain note: nothing Chinese here.\nAnother: line.')).toBe(false);
  });

  it('refuses a file with nothing to board, binary files and scripts over 5 MB', () => {
    expect(() => parseChineseScript('第一集\n第二集\n')).toThrow(ScriptError);
    expect(() => parseChineseScript('第一集\n\u0000\u0001')).toThrow('not a text script');
    expect(() => parseChineseScript(`第一集\n${'台词'.repeat(1_000_000)}`)).toThrow('5 MB');
  });
});

describe('camera notes', () => {
  it('map Chinese and English shot sizes, longest name first', () => {
    expect(sizeOfCameraNote('特写')).toBe('CU');
    expect(sizeOfCameraNote('大特写')).toBe('ECU');
    expect(sizeOfCameraNote('中近景·推')).toBe('MCU');
    expect(sizeOfCameraNote('远景')).toBe('EWS');
    expect(sizeOfCameraNote('过肩')).toBe('OTS');
    expect(sizeOfCameraNote('cu')).toBe('CU');
    expect(sizeOfCameraNote('ECU')).toBe('ECU');
    expect(sizeOfCameraNote('CUT')).toBeNull();
    expect(sizeOfCameraNote('空镜')).toBeNull();
    expect(takeCameraNote('[MS] Zhou Hao waits.')).toEqual({ size: 'MS', rest: 'Zhou Hao waits.' });
    expect(takeCameraNote('No note here.')).toEqual({ size: null, rest: 'No note here.' });
  });
});
