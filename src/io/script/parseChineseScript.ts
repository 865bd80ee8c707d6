import { takeCameraNote } from './cameraNotes';
import { checkScriptFound, checkScriptText, type ParsedScript, type ScriptEpisode, type ScriptShot } from './types';

const NUMBER = '[0-9０-９一二三四五六七八九十百零〇两]+';
/** 第一集 码头 / 第1集：码头 */
const EPISODE = new RegExp(`^第${NUMBER}集(?:[\\s:：·—-]*(.*))?$`);
/** 第一场 货船甲板 日 外 / 1-2 货船甲板 日 外 / 场景：货船甲板 */
const SCENE = new RegExp(`^(?:第${NUMBER}场|\\d+\\s*[-－–]\\s*\\d+(?=\\s)|场景[:：])`);
/** A speaker's line: 林玥：船主不卖。 / 林玥（头也不抬）：船主不卖。 / 林玥：（头也不抬）船主不卖。 */
const DIALOGUE = /^([^\s:：（(【[△▲]{1,12}?)\s*(?:[（(]([^）)]*)[）)])?\s*[:：]\s*(.+)$/;
const LEADING_PARENTHETICAL = /^[（(]([^）)]*)[）)]\s*/;
/** Lines of the title block and of scene headers that are not action. */
const TITLE = /^(?:剧名|标题|片名)[:：]\s*(.+)$|^《(.+)》$/;
const LOGLINE = /^(?:简介|故事梗概|一句话梗概|logline)[:：]\s*(.+)$/i;
const SYNOPSIS = /^(?:本集梗概|梗概|本集看点|钩子)[:：]\s*(.+)$/;
const CAST = /^(?:人物|出场人物|角色)[:：]\s*(.+)$/;
/** 第一集 完, （完）, 【本集完】, 未完待续: the end of an episode, not a shot. */
const END = /^[（(【[]?(?:第.+集\s*)?(?:完|全剧终|本集完|未完待续)[）)】\]]?$/;
/** Field names that look like speakers but are not (时间：夜, 地点：码头). */
const NOT_SPEAKERS = new Set(['时间', '地点', '备注', '注', '音乐', '音效', '字幕', '道具', '服装', '场景', '旁白提示']);
const ACTION_MARK = /^[△▲]\s*/;
const HAS_CJK = /[\u3400-\u9fff]/;

/** True when a text is laid out the way Chinese scripts usually are rather than as Fountain. */
export function isChineseLayout(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  // A Fountain script with forced @ cues or # sections is read as Fountain even if Chinese.
  if (lines.some((line) => /^(?:@|#|\.[^.]|(?:INT|EXT)[. ])/i.test(line))) return false;
  const episodes = lines.filter((line) => EPISODE.test(line) || SCENE.test(line)).length;
  const speeches = lines.filter((line) => isSpeech(line)).length;
  return episodes > 0 || speeches >= 2;
}

function isSpeech(line: string): boolean {
  const match = DIALOGUE.exec(line);
  return !!match && HAS_CJK.test(match[1]!) && !NOT_SPEAKERS.has(match[1]!) && !TITLE.test(line) && !LOGLINE.test(line) && !SYNOPSIS.test(line) && !CAST.test(line);
}

/**
 * Reads the common Chinese script layout: 第X集 headings are episodes, 第X场 (or 1-2) headings
 * are scenes, `角色：（动作）台词` lines are dialogue shots, every other line is an action shot
 * (△ marks dropped), and a leading camera note such as 【特写】 sets the shot's size; a note on
 * a line of its own applies to the next shot. 人物： lines name the cast.
 */
export function parseChineseScript(text: string): ParsedScript {
  checkScriptText(text);
  const script: ParsedScript = { title: '', logline: '', characters: [], episodes: [] };
  let episode: ScriptEpisode | null = null;
  let scene = '';
  let pendingSize: ScriptShot['size'];
  const current = (): ScriptEpisode => {
    if (!episode) script.episodes.push((episode = { title: '', synopsis: '', shots: [] }));
    return episode;
  };
  const cast = (name: string) => {
    if (name && !script.characters.includes(name)) script.characters.push(name);
  };
  const push = (shot: ScriptShot) => {
    const size = shot.size ?? pendingSize;
    current().shots.push(size ? { ...shot, size } : shot);
    pendingSize = undefined;
  };

  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || /^[-—=*_·\s]+$/.test(line) || END.test(line)) continue;
    let match: RegExpExecArray | null;
    if ((match = EPISODE.exec(line))) {
      script.episodes.push((episode = { title: line, synopsis: '', shots: [] }));
      scene = '';
    } else if (SCENE.test(line)) {
      scene = line.replace(/^场景[:：]\s*/, '');
    } else if (!episode && (match = TITLE.exec(line)) && !script.title) {
      script.title = (match[1] ?? match[2]!).trim();
    } else if ((match = LOGLINE.exec(line)) && !episode) {
      script.logline = match[1]!.trim();
    } else if ((match = SYNOPSIS.exec(line))) {
      const target = current();
      target.synopsis = [target.synopsis, match[1]!.trim()].filter(Boolean).join('\n');
    } else if ((match = CAST.exec(line))) {
      for (const name of match[1]!.split(/[、，,\s]+/)) cast(name.replace(/[（(].*$/, '').trim());
    } else {
      const { size, rest } = takeCameraNote(line);
      if (size && !rest) {
        pendingSize = size;
        continue;
      }
      const shot = speechOrAction(rest.replace(ACTION_MARK, ''), scene);
      if (!shot) continue;
      for (const spoken of shot.dialogue) cast(spoken.character);
      push(size ? { ...shot, size } : shot);
    }
  }
  return checkScriptFound(script);
}

function speechOrAction(line: string, scene: string): ScriptShot | null {
  if (!line) return null;
  if (!isSpeech(line)) return { scene, action: line, dialogue: [] };
  const [, character, before, spoken] = DIALOGUE.exec(line)!;
  const inline = LEADING_PARENTHETICAL.exec(spoken!);
  const parenthetical = (before ?? inline?.[1] ?? '').trim();
  const text = inline ? spoken!.slice(inline[0].length) : spoken!;
  return { scene, action: '', dialogue: [{ character: character!.trim(), line: text.trim(), parenthetical }] };
}
