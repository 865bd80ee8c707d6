// What a single line of a Chinese script is, once its markdown decoration is gone: an episode
// heading, a scene heading, a line of dialogue, or captions and sound cues on a shot.

const NUMBER = '[0-9０-９一二三四五六七八九十百千零〇两]+';

/**
 * A line without markdown: a heading's `#`, a quote's `>`, a list bullet, `**bold**`,
 * `__underline__` and `*emphasis*` never reach the board.
 */
export function plainLine(raw: string): string {
  return raw
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/^>\s*/, '')
    .replace(/^[-*+•]\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .trim();
}

/** 第一集 完, （完）, 【本集完】, ——未完待续——: the end of an episode, not a shot. */
export const END = /^[-—–=\s]*[（(【[]?(?:第.+集\s*)?(?:完|全剧终|本集完|未完待续)[）)】\]]?[-—–=\s]*$/;

/** 第一集, 第1集, 第 1 集, 第一集：标题, 第一集 标题, EP01 标题. */
const EPISODE = new RegExp(`^(?:第\\s*(${NUMBER})\\s*集|EP\\s*\\.?\\s*(\\d+))(?:\\s*[:：·—–-]\\s*|\\s+|$)(.*)$`, 'i');

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 12, １２, 十二, 一百零五 as a number. */
export function numberOf(text: string): number {
  const half = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(half)) return Number(half);
  let total = 0;
  let digit = 0;
  for (const char of half) {
    if (char in UNITS) {
      total += (digit || 1) * UNITS[char]!;
      digit = 0;
    } else {
      digit = DIGITS[char] ?? 0;
    }
  }
  return total + digit;
}

/** A line that starts with an episode's number (第一集：…, EP01 …): the number and the rest. */
export function episodeLabel(line: string): { number: number; rest: string } | null {
  const match = EPISODE.exec(line);
  if (!match || END.test(line)) return null;
  return { number: numberOf(match[1] ?? match[2]!), rest: afterEpisodeMarker(match[3]!) };
}

/**
 * What follows an episode's marker, without the separators between them (第1集 —— 重逢, Episode
 * 1 - Reunion). Only the leading ones go: a dash at the end may be the title's own.
 */
export function afterEpisodeMarker(text: string): string {
  return text.replace(/^[\s:：·—–-]+/, '').trim();
}

/**
 * The episode heading a line is, with the episode's title and number, or null. The title is what
 * follows the marker (第1集 重逢 is titled 重逢; a bare 第1集 is untitled): the app numbers
 * episodes itself, so a title that kept the marker would show the number twice (第 1 集：第1集 重逢).
 * A title is short and not a sentence, so an outline line such as "第一集中，沈念回到海城。" is not
 * a heading.
 */
export function episodeHeading(line: string): { title: string; number: number } | null {
  const label = episodeLabel(line);
  if (!label || label.rest.length > 30 || /[。！？!?]/.test(label.rest)) return null;
  return { title: label.rest, number: label.number };
}

const TIMES = ['黄昏', '黎明', '清晨', '傍晚', '凌晨', '深夜', '白天', '夜晚', '上午', '下午', '中午', '日', '夜', '晨', '暮'];
const SETTINGS = ['内外', '外内', '内', '外'];
const alternatives = (words: string[]) => words.join('|');
/** A heading word naming the time, the setting or both: 日, 外, 日外, 夜/内 (split at the slash). */
const TIME_OR_SETTING = new RegExp(`^(?:(${alternatives(TIMES)})(${alternatives(SETTINGS)})?|(${alternatives(SETTINGS)})(${alternatives(TIMES)})?)$`);
/** 1-1, 第1场, 第一场, 场景一：, 场景1, 场景： at the start of a heading. */
const NUMBERED_SCENE = new RegExp(`^(?:\\d+\\s*[-－–—]\\s*\\d+(?=[\\s.、．:：]|$|[日夜晨暮黄黎清傍凌深白上下中内外])|第\\s*${NUMBER}\\s*场|场景\\s*(?:${NUMBER})?\\s*(?:[:：]|\\s|$))`);

export interface SceneHeading {
  /** The heading as the shot's scene: the line without markup (场景： dropped). */
  scene: string;
  /** 日, 夜, 黄昏…: when the scene happens, when the heading says. */
  time: string;
  /** 内, 外 or 内外: interior or exterior, when the heading says. */
  setting: string;
}

/**
 * The scene heading a line is, or null: `1-1 日 外 地点`, `第1场 地点 夜 内`, `场景一：地点`,
 * or a short line that names both the time and the setting (`海城鱼市码头 日 外`).
 */
export function sceneHeading(line: string): SceneHeading | null {
  const numbered = NUMBERED_SCENE.test(line);
  if (!numbered && (line.length > 40 || /[。！？!?：:]/.test(line))) return null;
  let time = '';
  let setting = '';
  for (const word of line.split(/[\s/／|｜·、，,\-－–—]+/)) {
    const match = TIME_OR_SETTING.exec(word);
    if (!match) continue;
    time ||= match[1] ?? match[4] ?? '';
    setting ||= match[2] ?? match[3] ?? '';
  }
  if (!numbered && !(time && setting)) return null;
  return { scene: line.replace(/^场景\s*[:：]\s*/, ''), time, setting };
}

/**
 * A voice marker written straight after the speaker's name, without brackets: 顾言OS：, 顾言 V.O.：,
 * 顾言画外音：, 顾言内心OS：. The markers writers put in the brackets (顾言（OS）：), in either case.
 */
const VOICE = '(?:O\\.?S|V\\.?O)\\.?|画外音|内心(?:OS|独白)?|旁白';
/**
 * A speaker's line: 林玥：船主不卖。 / 林玥（头也不抬）：船主不卖。 / 林玥：（头也不抬）船主不卖。 /
 * 林玥OS：船主不卖。 A bare voice marker counts only after a CJK character or a space, so a
 * Latin name that merely ends in the letters (CHAOS, MARCOS) keeps them; the lazy name leaves
 * the marker out, and a name is never empty.
 */
const DIALOGUE = new RegExp(
  `^([^\\s:：（(【[△▲*#]{1,12}?)(?:\\s*(?<=[\\u3400-\\u9fff\\s])(${VOICE}))?\\s*(?:[（(]\\s*([^）)]*?)\\s*[）)])?\\s*[:：]\\s*(.+)$`,
  'i',
);
const LEADING_PARENTHETICAL = /^[（(]\s*([^）)]*?)\s*[）)]\s*/;
const HAS_CJK = /[\u3400-\u9fff]/;
/** Field names that look like speakers but are not (时间：夜, 地点：码头). */
const NOT_SPEAKERS = new Set([
  '时间', '地点', '备注', '注', '音乐', '音效', '字幕', '画外音', '道具', '服装', '场景', '旁白提示', '人物', '出场人物', '角色',
  '剧名', '标题', '片名', '简介', '梗概', '本集梗概', '本集看点', '钩子', '类型', '题材', '集数', '编剧',
]);

export interface Speech {
  character: string;
  line: string;
  parenthetical: string;
}

/**
 * A line of dialogue, or null. `角色（OS）：`, `角色(画外音)：` and `角色（VO）：` give the speaker
 * with the marker as parenthetical, and so do the bare `角色OS：` and `角色 V.O.：` (not a
 * character called 角色OS); a parenthetical after the colon is added to it.
 */
export function speech(line: string): Speech | null {
  const match = DIALOGUE.exec(line);
  if (!match || !HAS_CJK.test(match[1]!) || NOT_SPEAKERS.has(match[1]!)) return null;
  const [, character, voice, before, spoken] = match;
  const inline = LEADING_PARENTHETICAL.exec(spoken!);
  const parenthetical = [voice, before?.trim(), inline?.[1]?.trim()].filter(Boolean).join('，');
  const text = (inline ? spoken!.slice(inline[0].length) : spoken!).trim();
  if (!text) return null;
  return { character: character!.trim(), line: text, parenthetical };
}

const CAPTION_LABELS = '字幕|画外音|音效|音乐';
/** 【字幕：…】, 【画外音】, [音效：…] anywhere in a line. */
const CUE = new RegExp(`[【\\[]\\s*(${CAPTION_LABELS})\\s*(?:[:：]\\s*([^】\\]]*?))?\\s*[】\\]]`, 'g');
/** 字幕：… or 音效：… as a whole line. */
const CUE_LINE = new RegExp(`^(${CAPTION_LABELS})\\s*[:：]\\s*(.+)$`);

export interface Cues {
  /** On-screen text, each as `字幕：…`. */
  notes: string[];
  /** Sound cues, each as `画外音：…`, `音效：…` or the bare label. */
  sound: string[];
  /** The line without them. */
  rest: string;
}

/** A label alone at the start of a line, its text after it: 【字幕】三年后, 【画外音】汽笛长鸣. */
const LEADING_LABEL = new RegExp(`^[【\\[]\\s*(${CAPTION_LABELS})\\s*[】\\]]\\s*(.+)$`);

/**
 * Takes captions (on-screen text) and sound cues out of a line. A caption is never a camera
 * note, so 【字幕：特写】 sets no size. A label alone before a line of dialogue stays a cue on
 * that line (【画外音】沈国栋：回来吧。); before anything else, the rest of the line is its text.
 */
export function takeCues(line: string): Cues {
  const cues: Cues = { notes: [], sound: [], rest: line };
  const add = (label: string, content: string | undefined) => {
    const text = content?.trim() ? `${label}：${content.trim()}` : label;
    (label === '字幕' ? cues.notes : cues.sound).push(text);
  };
  const whole = CUE_LINE.exec(line) ?? LEADING_LABEL.exec(line);
  if (whole && !speech(whole[2]!)) {
    add(whole[1]!, whole[2]);
    cues.rest = '';
    return cues;
  }
  cues.rest = line.replace(CUE, (_all, label: string, content?: string) => {
    add(label, content);
    return '';
  }).trim();
  return cues;
}
