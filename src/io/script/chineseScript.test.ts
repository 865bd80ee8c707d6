import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard, updateShot } from '../../model';
import { episodeHeading, numberOf, plainLine, sceneHeading, speech, takeCues } from './chineseLines';
import { buildBoardFromScript } from './importScript';
import { isChineseLayout, parseChineseScript } from './parseChineseScript';
import { parseFountain } from './parseFountain';
import { parseScript } from './parseScript';
import { applyReimport } from './reimport/applyReimport';
import { planReimport } from './reimport/planReimport';
import { MAX_LOGLINE_LENGTH } from '../../model/limits';
import { episodeContents, scriptCounts, type ParsedScript } from './types';

// Chinese scripts as writing rooms and script tools write them (issue 18): a preamble with the
// title, outline and bios, then episodes of scenes, plain or decorated with markdown.

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, 'testing/fixtures', name), 'utf8');
const MARKDOWN = fixture('guichao.md');
const PLAIN = fixture('guichao.txt');
const names = (script: ParsedScript) => script.characters.map((character) => character.name);
const allShots = (script: ParsedScript) => script.episodes.flatMap((episode) => episode.shots);
const says = (script: ParsedScript) => allShots(script).map((shot) => shot.action || shot.dialogue.map((line) => `${line.character}：${line.line}`).join(''));

describe('the fixture scripts, plain and markdown-decorated', () => {
  it.each([['markdown', MARKDOWN], ['plain', PLAIN]])('read the %s variant: preamble, outline, bios, episodes, scenes, captions and OS lines', (_name, text) => {
    expect(isChineseLayout(text)).toBe(true);
    const script = parseScript(text);
    expect(script.title).toBe('归潮');
    expect(script.logline).toBe('渔家女沈念回到海城，要从吞并家业的二叔手里夺回沈家鱼市。');
    expect(script.synopsis).toMatch(/^三年前，父亲沈海出海失踪.*父亲当年为什么没有回来。$/);
    // The cast section first, with bios (age included); then the one speaker it leaves out.
    expect(script.characters).toEqual([
      { name: '沈念', bio: '22岁，沈家独女，在外地水产批发市场做了三年搬运工。话少，记账极准，从不当众发火。' },
      { name: '陆景川', bio: '28岁，陆氏集团继承人，表面温和，暗中收购整片码头。对沈念的来历起了疑心。' },
      { name: '沈国栋', bio: '50岁，沈念的二叔，现任鱼市老板。爱面子，欠了一身赌债。' },
      { name: '阿潮', bio: '10岁，在鱼市卖贝壳的男孩，沈念唯一的眼线。' },
      { name: '拍卖师', bio: '' },
    ]);
    // No preamble episode: the first episode is the script's first.
    // The title is what follows the marker: the app numbers episodes itself.
    expect(script.episodes.map((episode) => episode.title)).toEqual(['鱼市风波', '旧账本', '拍卖会']);
    expect(scriptCounts(script)).toEqual({ episodes: 3, shots: 35, shotsPerEpisode: [13, 12, 10], characters: 5 });
    const shots = allShots(script);
    // Every shot has its scene, without markup; no shot text has markup or the preamble in it.
    expect(new Set(shots.map((shot) => shot.scene))).toEqual(new Set([
      '1-1 日 外 海城鱼市码头', '1-2 夜 内 沈家老宅', '2-1 日 内 鱼市办公室', '2-2 夜 外 码头栈桥', '3-1 日 内 海城产权交易中心',
    ]));
    for (const line of says(script)) expect(line).not.toMatch(/\*\*|__|^#|^- |大纲|人物小传|类型|△|【/);
    expect(names(script)).not.toContain('大纲');
    expect(names(script)).not.toContain('故事大纲');

    const [first, second, third] = script.episodes;
    expect(first!.shots[0]).toEqual({ scene: '1-1 日 外 海城鱼市码头', action: '清晨，渔船靠岸，鱼市人声鼎沸。', dialogue: [] });
    // A caption on its own line belongs to the shot before it in the scene...
    expect(first!.shots[1]).toMatchObject({ action: '沈念背着旧帆布包走下长途汽车，站在鱼市门口。', notes: '字幕：沈念，沈家独女，离家三年' });
    expect(first!.shots[3]!.dialogue).toEqual([{ character: '沈国栋', line: '哟，这不是念念吗？回来奔丧啊？', parenthetical: '假笑' }]);
    expect(first!.shots[7]!.dialogue).toEqual([{ character: '阿潮', line: '姐，他在骗人。', parenthetical: 'OS' }]);
    expect(first!.shots[9]).toMatchObject({ scene: '1-2 夜 内 沈家老宅', size: 'CU', action: '墙上挂着父亲的遗照，相框碎了一角。' });
    expect(first!.shots[11]).toMatchObject({ dialogue: [{ character: '沈念', line: '爸，我回来了。', parenthetical: '轻声' }], sound: '画外音：远处传来汽笛声' });
    // ...or, at the start of a scene, to the shot after it.
    expect(second!.shots[5]).toMatchObject({ scene: '2-2 夜 外 码头栈桥', action: '海风很大。沈念独自坐在栈桥尽头翻账本。', notes: '字幕：当晚' });
    expect(second!.shots[2]!.dialogue[0]).toEqual({ character: '沈国栋', line: '陆少放心，那丫头翻不出什么浪。', parenthetical: '搓手' });
    expect(third!.shots[6]).toMatchObject({ size: 'MCU', action: '沈念把欠条复印件拍在拍卖台上。' });
    expect(third!.shots[9]).toMatchObject({ dialogue: [{ character: '陆景川', line: '沈海的女儿，果然回来了。', parenthetical: 'VO' }], notes: '字幕：未完待续' });
    expect(shots.filter((shot) => shot.notes || shot.sound)).toHaveLength(4);
  });

  it.each([['markdown', MARKDOWN], ['plain', PLAIN]])('give the %s preview each episode\'s scenes, captions and sound cues', (_name, text) => {
    const [first, second, third] = parseScript(text).episodes.map(episodeContents);
    expect(first!.scenes).toEqual(['1-1 日 外 海城鱼市码头', '1-2 夜 内 沈家老宅']);
    expect(first!.captions).toContain('字幕：沈念，沈家独女，离家三年');
    expect(first!.soundCues).toContain('画外音：远处传来汽笛声');
    expect(second!.scenes).toEqual(['2-1 日 内 鱼市办公室', '2-2 夜 外 码头栈桥']);
    expect(third!.scenes).toEqual(['3-1 日 内 海城产权交易中心']);
    // Each caption and cue is counted where it goes on the board, once.
    const shots = parseScript(text).episodes.flatMap((episode) => episode.shots);
    expect([first, second, third].reduce((sum, contents) => sum + contents!.captions.length, 0)).toBe(shots.filter((shot) => shot.notes).length);
  });

  it('read the same whichever the decoration', () => {
    expect(parseScript(PLAIN)).toEqual(parseScript(MARKDOWN));
  });

  it('become a board with the logline, bios, outline in the first synopsis, captions in notes and sound cues in sound', () => {
    const doc = new Y.Doc();
    buildBoardFromScript(doc, parseScript(MARKDOWN), 'zh-CN');
    const board = readBoard(doc);
    expect(board.meta.title).toBe('归潮');
    expect(board.meta.logline).toBe('渔家女沈念回到海城，要从吞并家业的二叔手里夺回沈家鱼市。');
    expect(board.episodes).toHaveLength(3);
    expect(board.episodes[0]!.synopsis).toMatch(/^三年前/);
    expect(board.episodes[1]!.synopsis).toBe('');
    const characters = Object.values(board.characters);
    expect(characters.find((character) => character.name === '沈念')!.bio).toMatch(/^22岁，沈家独女/);
    const lane = board.shotsByEpisode[board.episodes[0]!.id]!.map((id) => board.shots[id]!);
    expect(lane[1]!.notes).toBe('字幕：沈念，沈家独女，离家三年');
    expect(lane[11]!.sound).toBe('画外音：远处传来汽笛声');
    // Dialogue links to the character the bio introduced.
    expect(board.characters[lane[4]!.dialogue[0]!.characterId!]).toMatchObject({ name: '沈念', bio: expect.stringContaining('沈家独女') });
    expect(board.problems).toEqual([]);
  });

  it('re-import of the same file, or of the other variant, changes nothing', () => {
    for (const again of [MARKDOWN, PLAIN]) {
      const doc = new Y.Doc();
      buildBoardFromScript(doc, parseScript(MARKDOWN), 'zh-CN');
      const before = Y.encodeStateVector(doc);
      const plan = planReimport(readBoard(doc), parseScript(again));
      expect(plan.counts).toEqual({ updated: 0, unchanged: 35, added: 0, missing: 0, newEpisodes: 0 });
      expect(plan.newCharacters).toEqual([]);
      expect(plan.bios).toEqual([]);
      expect(plan.untouchedEpisodes).toEqual([]);
      applyReimport(doc, plan, new Set());
      expect(Y.encodeStateVector(doc)).toEqual(before);
    }
  });

  it('update an older board: bios, captions and sound cues fill only what is empty', () => {
    const doc = new Y.Doc();
    const script = parseScript(MARKDOWN);
    const bare: ParsedScript = {
      ...script,
      synopsis: '',
      characters: script.characters.map((character) => ({ ...character, bio: character.name === '陆景川' ? '已写好的小传' : '' })),
      episodes: script.episodes.map((episode) => ({ ...episode, shots: episode.shots.map(({ notes: _n, sound: _s, ...shot }) => shot) })),
    };
    buildBoardFromScript(doc, bare, 'zh-CN');
    const board = readBoard(doc);
    const lane = board.shotsByEpisode[board.episodes[0]!.id]!;
    updateShot(doc, lane[11]!, { sound: '自己写的音效' });
    const plan = planReimport(readBoard(doc), script);
    expect(plan.counts).toMatchObject({ updated: 3, unchanged: 32, added: 0 });
    expect(plan.bios.map((entry) => readBoard(doc).characters[entry.characterId]!.name)).toEqual(['沈念', '沈国栋', '阿潮']);
    applyReimport(doc, plan, new Set());
    const after = readBoard(doc);
    expect(after.shots[lane[1]!]!.notes).toBe('字幕：沈念，沈家独女，离家三年');
    expect(after.shots[lane[11]!]!.sound).toBe('自己写的音效');
    expect(Object.values(after.characters).map((character) => character.bio.slice(0, 4))).toEqual(['22岁，', '已写好的', '50岁，', '10岁，', '']);
    expect(after.episodes[0]!.synopsis).toMatch(/^三年前/);
  });
});

describe('the preamble', () => {
  it('takes the title from 《》 or 「」 on a line of its own, or a 剧名 field', () => {
    expect(parseChineseScript('《归潮》\n第一集\n沈念：我回来了。').title).toBe('归潮');
    expect(parseChineseScript('「归潮」\n第一集\n沈念：我回来了。').title).toBe('归潮');
    expect(parseChineseScript('# 《归潮》\n第一集\n沈念：我回来了。').title).toBe('归潮');
    expect(parseChineseScript('剧名：《归潮》\n第一集\n沈念：我回来了。').title).toBe('归潮');
    expect(parseChineseScript('《归潮》（80集）\n第一集\n沈念：我回来了。').title).toBe('归潮');
    // Inside an episode, a book title is part of the action.
    expect(says(parseChineseScript('第一集\n《归潮》\n沈念：我回来了。'))).toEqual(['《归潮》', '沈念：我回来了。']);
  });

  it.each(['大纲', '故事大纲', '故事梗概', '梗概', '简介'])('reads a %s section: its first sentence is the logline, the rest the synopsis', (name) => {
    for (const heading of [name, `【${name}】`, `## ${name}`, `**${name}：**`, `一、${name}`]) {
      const script = parseChineseScript(`《归潮》\n${heading}\n沈念回到海城。她要夺回鱼市！\n\n父亲失踪了。\n第一集 鱼市\n沈念：我回来了。`);
      expect(script.logline).toBe('沈念回到海城。');
      expect(script.synopsis).toBe('她要夺回鱼市！\n父亲失踪了。');
      expect(names(script)).toEqual(['沈念']);
      expect(script.episodes).toHaveLength(1);
    }
    // The text can follow the name on the same line.
    expect(parseChineseScript(`${name}：沈念回到海城。\n第一集\n沈念：我回来了。`).logline).toBe('沈念回到海城。');
  });

  it('keeps a logline within the limit, and a logline field wins over the outline', () => {
    const long = `${'很'.repeat(MAX_LOGLINE_LENGTH + 10)}长。`;
    const script = parseChineseScript(`大纲\n${long}\n第一集\n沈念：我回来了。`);
    expect(script.logline).toHaveLength(MAX_LOGLINE_LENGTH);
    expect(script.synopsis).toBe(long);
    const given = parseChineseScript('一句话梗概：渔家女夺回鱼市。\n大纲\n沈念回到海城。她要夺回鱼市。\n第一集\n沈念：我回来了。');
    expect(given.logline).toBe('渔家女夺回鱼市。');
    expect(given.synopsis).toBe('沈念回到海城。她要夺回鱼市。');
  });

  it.each(['人物小传', '人物介绍', '角色介绍', '人物设定'])('reads a %s section as the cast with bios, never as dialogue', (name) => {
    const script = parseChineseScript([
      `【${name}】`,
      '沈念（22）：沈家独女。',
      '- **陆景川(28岁，男)**: 陆氏继承人。',
      '3. 沈国栋 （50） ： 二叔。',
      '阿潮：卖贝壳的男孩。',
      '### 老白（60）',
      '渡船的轮机手。',
      '性格：话很少。',
      '第一集 鱼市',
      '阿潮：姐，他在骗人。',
    ].join('\n'));
    expect(script.characters).toEqual([
      { name: '沈念', bio: '22岁，沈家独女。' },
      { name: '陆景川', bio: '28岁，男，陆氏继承人。' },
      { name: '沈国栋', bio: '50岁，二叔。' },
      { name: '阿潮', bio: '卖贝壳的男孩。' },
      { name: '老白', bio: '60岁\n渡船的轮机手。\n性格：话很少。' },
    ]);
    expect(says(script)).toEqual(['阿潮：姐，他在骗人。']);
  });

  it('drops what it does not understand before the first episode, and a later section ends the one before', () => {
    const script = parseChineseScript('类型：都市\n集数：80集\n大纲\n沈念回到海城。\n## 创作说明\n节奏要快。\n第一集\n沈念：我回来了。');
    expect(script.synopsis).toBe('');
    expect(says(script)).toEqual(['沈念：我回来了。']);
  });

  it('without episode headings, keeps the sections and makes the rest one episode', () => {
    const script = parseChineseScript('《归潮》\n大纲\n沈念回到海城。\n1-1 日 外 鱼市\n△沈念下车。\n沈念：我回来了。');
    expect(script.logline).toBe('沈念回到海城。');
    expect(script.episodes).toHaveLength(1);
    expect(says(script)).toEqual(['沈念下车。', '沈念：我回来了。']);
  });
});

describe('episode headings', () => {
  // The title is what follows the marker, separators trimmed; a bare marker is untitled, as the
  // app numbers episodes itself (第 1 集 above the title, never 第 1 集：第1集 重逢).
  it.each([
    ['第一集', '', 1],
    ['第1集', '', 1],
    ['第 1 集', '', 1],
    ['第 12 集', '', 12],
    ['第十二集：重逢', '重逢', 12],
    ['第1集 重逢', '重逢', 1],
    ['第一集 手办', '手办', 1],
    ['EP01 手办', '手办', 1],
    ['## 第一集 手办', '手办', 1],
    ['**第1集：手办**', '手办', 1],
    ['第一集:手办', '手办', 1],
    ['第1集 : 手办', '手办', 1],
    ['第1集 —— 手办', '手办', 1],
    ['第1集·手办', '手办', 1],
    ['第1集 - 手办', '手办', 1],
    ['**EP01 手办**', '手办', 1],
    ['# EP1：手办', '手办', 1],
  ])('reads %s', (line, title, number) => {
    expect(episodeHeading(plainLine(line))).toEqual({ title, number });
    const script = parseChineseScript(`《归潮》\n大纲\n沈念回到海城。\n${line}\n沈念：我回来了。`);
    expect(script.episodes.map((episode) => episode.title)).toEqual([title]);
  });

  it('reads episode numbers in Chinese numerals and full-width digits', () => {
    expect(['1', '１２', '十二', '二十', '一百零五', '两', '十'].map(numberOf)).toEqual([1, 12, 12, 20, 105, 2, 10]);
  });

  it('does not read an episode list before the script (分集大纲) as episodes', () => {
    const script = parseChineseScript([
      '《归潮》',
      '【故事大纲】',
      '沈念回到海城。',
      '【分集大纲】',
      '第1集：鱼市风波',
      '沈念回到鱼市，二叔翻脸。',
      '第2集：账本里藏着一个姓。',
      '第一集 鱼市风波',
      '1-1 日 外 鱼市',
      '沈念：我回来了。',
      '第二集 旧账本',
      '沈国栋：账本在哪？',
      '——第二集完——',
    ].join('\n'));
    expect(script.episodes.map((episode) => episode.title)).toEqual(['鱼市风波', '旧账本']);
    expect(says(script)).toEqual(['沈念：我回来了。', '沈国栋：账本在哪？']);
    // What the list says about each episode is its synopsis.
    expect(script.episodes.map((episode) => episode.synopsis)).toEqual(['沈念回到鱼市，二叔翻脸。', '账本里藏着一个姓。']);
    expect(script.logline).toBe('沈念回到海城。');
    // Two parts that both start at episode 1 are both kept.
    const twice = parseChineseScript('第1集\n1-1 日 外 鱼市\n沈念：走。\n第1集\n1-1 夜 内 老宅\n沈念：回。');
    expect(twice.episodes).toHaveLength(2);
  });

  it('does not take a sentence or an end mark for a heading', () => {
    expect(episodeHeading('第一集中，沈念回到海城。')).toBeNull();
    expect(episodeHeading('第1集：沈念回到海城，发现鱼市早已易主。')).toBeNull();
    expect(episodeHeading('第一集 完')).toBeNull();
    expect(episodeHeading('第一集完')).toBeNull();
  });
});

describe('scene headings', () => {
  it.each([
    ['1-1 日 外 中学操场', '1-1 日 外 中学操场', '日', '外'],
    ['**1-1 日 外 中学操场**', '1-1 日 外 中学操场', '日', '外'],
    ['### 2-3 夜 内 沈家老宅', '2-3 夜 内 沈家老宅', '夜', '内'],
    ['1-2 茶船 黄昏 内外', '1-2 茶船 黄昏 内外', '黄昏', '内外'],
    ['3－1 日/外 码头', '3－1 日/外 码头', '日', '外'],
    ['第1场 货船甲板 清晨 外', '第1场 货船甲板 清晨 外', '清晨', '外'],
    ['第十场', '第十场', '', ''],
    ['场景一：码头栈桥 傍晚', '场景一：码头栈桥 傍晚', '傍晚', ''],
    ['场景：码头栈桥', '码头栈桥', '', ''],
    ['码头栈桥 黎明 外', '码头栈桥 黎明 外', '黎明', '外'],
    ['码头栈桥 夜内', '码头栈桥 夜内', '夜', '内'],
    ['暮 外 码头', '暮 外 码头', '暮', '外'],
    ['晨 内 厨房', '晨 内 厨房', '晨', '内'],
    // Every form decorated, and with a half-width colon.
    ['**第1场 货船甲板 清晨 外**', '第1场 货船甲板 清晨 外', '清晨', '外'],
    ['# 场景一：码头栈桥 傍晚', '场景一：码头栈桥 傍晚', '傍晚', ''],
    ['__场景二：鱼市 日 内__', '场景二：鱼市 日 内', '日', '内'],
    ['场景一:码头栈桥 傍晚', '场景一:码头栈桥 傍晚', '傍晚', ''],
    ['场景: 码头栈桥', '码头栈桥', '', ''],
  ])('reads %s with its time and setting', (line, scene, time, setting) => {
    expect(sceneHeading(plainLine(line))).toEqual({ scene, time, setting });
    const script = parseChineseScript(`第一集\n${line}\n△沈念下车。`);
    expect(allShots(script)).toEqual([{ scene, action: '沈念下车。', dialogue: [] }]);
  });

  it('leaves action that only mentions a time or a number', () => {
    expect(sceneHeading('夜深了，码头外只剩一盏灯。')).toBeNull();
    expect(sceneHeading('3-2的比分，全场沸腾。')).toBeNull();
    expect(sceneHeading('场景转换到码头。')).toBeNull();
    expect(sceneHeading('屋外 夜')).toBeNull();
  });
});

describe('lines', () => {
  it('never lets markdown decoration reach shot text', () => {
    expect(plainLine('**沈念**：__我回来了__。')).toBe('沈念：我回来了。');
    expect(plainLine('- △沈念下车。')).toBe('△沈念下车。');
    expect(plainLine('* 沈念：*（轻声）*我回来了。')).toBe('沈念：（轻声）我回来了。');
    expect(plainLine('> 【字幕：当晚】')).toBe('【字幕：当晚】');
    expect(plainLine('#### 1-1 日 外 码头')).toBe('1-1 日 外 码头');
    expect(says(parseChineseScript('第一集\n- △**沈念**下车。\n* 沈念：__我回来了__。'))).toEqual(['沈念下车。', '沈念：我回来了。']);
  });

  it.each([
    ['沈念：我回来了。', ''],
    ['沈念:我回来了。', ''],
    ['沈念 ： 我回来了。', ''],
    ['沈念（轻声）：我回来了。', '轻声'],
    ['沈念(轻声): 我回来了。', '轻声'],
    ['沈念：（轻声）我回来了。', '轻声'],
    ['沈念: ( 轻声 ) 我回来了。', '轻声'],
    ['沈念（OS）：我回来了。', 'OS'],
    ['沈念(画外音)：我回来了。', '画外音'],
    ['沈念（VO）：我回来了。', 'VO'],
    ['沈念（OS）：（轻声）我回来了。', 'OS，轻声'],
    // The same markers without brackets, straight after the name or after a space.
    ['沈念OS：我回来了。', 'OS'],
    ['沈念os：我回来了。', 'os'],
    ['沈念 OS：我回来了。', 'OS'],
    ['沈念VO：我回来了。', 'VO'],
    ['沈念V.O.：我回来了。', 'V.O.'],
    ['沈念O.S.：我回来了。', 'O.S.'],
    ['沈念 v.o. : 我回来了。', 'v.o.'],
    ['沈念画外音：我回来了。', '画外音'],
    ['沈念内心OS：我回来了。', '内心OS'],
    ['沈念内心独白：我回来了。', '内心独白'],
    ['沈念旁白：我回来了。', '旁白'],
    ['沈念OS（轻声）：我回来了。', 'OS，轻声'],
    ['沈念OS：（轻声）我回来了。', 'OS，轻声'],
  ])('reads %s as 沈念 saying 我回来了。', (line, parenthetical) => {
    expect(speech(line)).toEqual({ character: '沈念', line: '我回来了。', parenthetical });
  });

  it('keeps letters that only look like a voice marker in the name', () => {
    // Not after a CJK character or a space: part of a Latin name.
    expect(speech('小CHAOS：我回来了。')).toMatchObject({ character: '小CHAOS', parenthetical: '' });
    expect(speech('林MARCOS：我回来了。')).toMatchObject({ character: '林MARCOS', parenthetical: '' });
    expect(speech('阿VOS：我回来了。')).toMatchObject({ character: '阿VOS', parenthetical: '' });
    // A marker with no name before it is no speaker; 旁白 alone is the narrator.
    expect(speech('OS：我回来了。')).toBeNull();
    expect(speech('旁白：我回来了。')).toEqual({ character: '旁白', line: '我回来了。', parenthetical: '' });
    expect(speech('画外音：汽笛长鸣。')).toBeNull();
  });

  it('does not take fields or captions for speakers', () => {
    expect(speech('时间：清晨')).toBeNull();
    expect(speech('字幕：三年后')).toBeNull();
    expect(speech('人物：沈念、阿潮')).toBeNull();
    expect(speech('△沈念：我回来了。')).toBeNull();
  });

  it('keeps captions as on-screen text and 画外音 as a sound cue, never as a size', () => {
    expect(takeCues('【字幕：三年后】')).toEqual({ notes: ['字幕：三年后'], sound: [], rest: '' });
    expect(takeCues('[字幕: 三年后]')).toEqual({ notes: ['字幕：三年后'], sound: [], rest: '' });
    expect(takeCues('字幕：三年后')).toEqual({ notes: ['字幕：三年后'], sound: [], rest: '' });
    expect(takeCues('【画外音】')).toEqual({ notes: [], sound: ['画外音'], rest: '' });
    expect(takeCues('【字幕】三年后')).toEqual({ notes: ['字幕：三年后'], sound: [], rest: '' });
    expect(takeCues('【画外音】汽笛长鸣。')).toEqual({ notes: [], sound: ['画外音：汽笛长鸣。'], rest: '' });
    expect(takeCues('【画外音】沈国栋：回来吧。')).toEqual({ notes: [], sound: ['画外音'], rest: '沈国栋：回来吧。' });
    expect(takeCues('沈念下车。【字幕：沈念，22岁】【音效：汽笛】')).toEqual({ notes: ['字幕：沈念，22岁'], sound: ['音效：汽笛'], rest: '沈念下车。' });
    expect(takeCues('【特写】沈念的手。')).toEqual({ notes: [], sound: [], rest: '【特写】沈念的手。' });

    const script = parseChineseScript([
      '第一集',
      '1-1 日 外 码头',
      '【字幕：特写镜头里的码头】',
      '△沈念下车。【字幕：沈念，22岁】',
      '【画外音】',
      '【特写】沈念的手。',
      '【近景】',
      '沈念：我回来了。',
    ].join('\n'));
    expect(allShots(script)).toEqual([
      { scene: '1-1 日 外 码头', action: '沈念下车。', dialogue: [], notes: '字幕：特写镜头里的码头\n字幕：沈念，22岁', sound: '画外音' },
      { scene: '1-1 日 外 码头', action: '沈念的手。', dialogue: [], size: 'CU' },
      { scene: '1-1 日 外 码头', action: '', dialogue: [{ character: '沈念', line: '我回来了。', parenthetical: '' }], size: 'MCU' },
    ]);
  });

  it('names the cast from 人物： lines, plain or bold', () => {
    expect(names(parseChineseScript('第一集\n**人物：**沈念、阿潮（10岁）\n沈念：走。'))).toEqual(['沈念', '阿潮']);
  });
});

describe('English Fountain', () => {
  it.each(['INT. FERRY - NIGHT', 'EXT. PIER - DAY', 'INT./EXT. CAR - DAY', 'I/E VAN - DAY', 'EST. RIVER TOWN - DAWN'])(
    'reads %s followed directly by action as a scene heading, never a speaker',
    (heading) => {
      const script = parseFountain(`Title: Test\n\n${heading}\nFog on the river.\nXU QING\nThe ferry runs.\n`);
      expect(script.characters).toEqual([]);
      expect(allShots(script)[0]).toEqual({ scene: heading, action: expect.stringContaining('Fog on the river.'), dialogue: [] });
      expect(isChineseLayout(`${heading}\n许晴：走。\n顾辰：好。`)).toBe(false);
    },
  );

  it('still reads a speaker after a heading and a blank line', () => {
    const script = parseFountain('EXT. PIER - DAY\nFog.\n\nXU QING\nThe ferry runs.\n');
    expect(names(script)).toEqual(['XU QING']);
    expect(allShots(script).map((shot) => shot.scene)).toEqual(['EXT. PIER - DAY', 'EXT. PIER - DAY']);
  });
});
