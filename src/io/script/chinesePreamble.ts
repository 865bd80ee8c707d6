// What a Chinese script says before its first episode: the title, an outline (大纲) and the
// cast with their bios (人物小传). None of it is ever a shot.

import { episodeHeading, episodeLabel, sceneHeading } from './chineseLines';
import { MAX_LOGLINE_LENGTH } from '../../model/limits';
import { addScriptCharacter, type ParsedScript } from './types';

const OUTLINE = ['故事大纲', '剧情大纲', '大纲', '故事梗概', '剧情梗概', '梗概', '剧情简介', '故事简介', '简介'];
const CAST = ['人物小传', '人物介绍', '角色介绍', '人物设定', '角色设定', '角色小传', '人物简介', '主要人物'];
/** 大纲, 【故事大纲】, 一、人物小传, 简介：…（the text may follow on the same line）. */
const SECTION = new RegExp(`^(?:[一二三四五六七八九十\\d]+[、.．]\\s*)?[【[]?\\s*(${[...CAST, ...OUTLINE].join('|')})\\s*[】\\]]?\\s*(?:[:：]\\s*(.*))?$`);
/** 剧名：归潮, 《归潮》, 「归潮」, 《归潮》（80集）. */
const TITLE = /^(?:剧名|剧本名|标题|片名)\s*[:：]\s*[《「]?(.+?)[》」]?$|^《([^》]+)》\s*(?:[（(][^）)]*[）)])?$|^「([^」]+)」$/;
const LOGLINE = /^(?:一句话梗概|一句话简介|一句话故事|logline)\s*[:：]\s*(.+)$/i;
/** The title page's other fields (类型：都市): they end a section and are not kept. */
const FIELD = /^(?:类型|题材|集数|时长|每集时长|单集时长|编剧|作者|原著|篇幅|字数|风格|标签|受众|版本|日期|备注)\s*[:：]/;
/** 马一花（17）：描述, 马一花(17岁，女): 描述, 马一花：描述. */
const BIO = /^([^\s:：（(，,。、]{1,12})\s*(?:[（(]\s*([^）)]*?)\s*[）)])?\s*[:：]\s*(.*)$/;
/** 马一花（17） on a line of its own, the description on the lines below. */
const NAME_ONLY = /^([^\s:：（(，,。、]{1,12})\s*[（(]\s*([^）)]*?)\s*[）)]$/;
/** 马一花，17岁，高三学生 */
const NAME_COMMA_AGE = /^([\u3400-\u9fff·]{1,6})[，,]\s*(.*\d+\s*岁.*)$/;
const LIST_NUMBER = /^(?:\d+|[一二三四五六七八九十]+)[.、．)）]\s*/;
/** Lines of a bio written as fields (身份：…, 性格：…): part of the bio above, not characters. */
const BIO_FIELD = /^(?:身份|职业|年龄|性别|性格|外貌|外形|背景|经历|特点|标签|人设|目标|动机|弧光|人物弧光|人物关系|关系|口头禅|金手指|简介|介绍)\s*[:：]/;

type Section = 'outline' | 'cast' | 'episode' | null;

/** The bio a character section gives: the age or note in brackets first, then the description. */
function bioOf(note: string | undefined, description: string): string {
  const age = note && /^\d+$/.test(note) ? `${note}岁` : note ?? '';
  return [age, description.trim()].filter(Boolean).join('，');
}

/**
 * Reads the lines before the first episode. `strict` is set when the script has episode
 * headings: every line before the first is preamble, and what is not understood is dropped.
 * Without episode headings, a section ends at the first scene heading or △ action line, and
 * other lines are the script's shots.
 */
export class ChinesePreamble {
  private section: Section = null;
  private readonly outline: string[] = [];
  private lastCharacter = '';
  /** An episode list before the script (分集大纲): each episode's outline by its number. */
  private readonly episodeOutlines = new Map<number, string[]>();
  private episodeNumber = 0;

  constructor(private readonly script: ParsedScript, private readonly strict: boolean) {}

  /** True when the line belongs to the preamble (and has been read). */
  read(line: string, heading: boolean): boolean {
    const { script } = this;
    let match: RegExpExecArray | null;
    if (!script.title && (match = TITLE.exec(line))) {
      script.title = (match[1] ?? match[2] ?? match[3]!).trim();
      return true;
    }
    if ((match = LOGLINE.exec(line))) {
      script.logline = match[1]!.trim().slice(0, MAX_LOGLINE_LENGTH);
      return true;
    }
    if ((match = SECTION.exec(line))) {
      this.section = OUTLINE.includes(match[1]!) ? 'outline' : 'cast';
      this.lastCharacter = '';
      if (match[2]) this.take(match[2].trim());
      return true;
    }
    if (FIELD.test(line)) {
      this.section = null;
      return true;
    }
    if (!this.strict && (sceneHeading(line) || /^[△▲]/.test(line) || episodeHeading(line))) {
      this.section = null;
      return false;
    }
    const label = this.strict ? episodeLabel(line) : null;
    if (label) {
      this.section = 'episode';
      this.episodeNumber = label.number;
      // 第1集：鱼市风波 is a title; 第1集：沈念回到鱼市。 is already the outline.
      if (label.rest && !episodeHeading(line)) this.take(label.rest);
      return true;
    }
    // Another heading (## 创作说明, 【分集大纲】) ends the section and its text is not kept; in
    // a character section, a heading may be a character's name (### 马一花（17）).
    const entry = this.section === 'cast' && NAME_ONLY.test(line.replace(LIST_NUMBER, ''));
    if (!entry && (heading || /^[【[][^】\]]{1,12}[】\]]$/.test(line))) {
      if (this.strict) this.section = null;
      return this.strict;
    }
    if (this.section) {
      this.take(line);
      return true;
    }
    return this.strict;
  }

  private take(line: string): void {
    if (this.section === 'outline') {
      this.outline.push(line);
      return;
    }
    if (this.section === 'episode') {
      this.episodeOutlines.set(this.episodeNumber, [...(this.episodeOutlines.get(this.episodeNumber) ?? []), line]);
      return;
    }
    const entry = line.replace(LIST_NUMBER, '');
    const match = BIO_FIELD.test(entry) ? null : BIO.exec(entry) ?? NAME_ONLY.exec(entry);
    const comma = match ? null : NAME_COMMA_AGE.exec(entry);
    if (match) {
      this.lastCharacter = match[1]!;
      addScriptCharacter(this.script, match[1]!, bioOf(match[2], match[3] ?? ''));
    } else if (comma) {
      this.lastCharacter = comma[1]!;
      addScriptCharacter(this.script, comma[1]!, comma[2]!.trim());
    } else if (this.lastCharacter) {
      // A bio that goes on over more lines.
      const character = this.script.characters.find((candidate) => candidate.name === this.lastCharacter)!;
      character.bio = [character.bio, entry].filter(Boolean).join('\n');
    }
  }

  /** What an episode list before the script says about the episode with this number. */
  episodeOutline(number: number): string {
    return (this.episodeOutlines.get(number) ?? []).join('\n');
  }

  /**
   * The outline's first sentence is the logline (unless the script gave one), within the
   * logline limit; the rest is the series synopsis.
   */
  finish(): void {
    const text = this.outline.join('\n');
    if (!text) return;
    if (this.script.logline) {
      this.script.synopsis = text;
      return;
    }
    const sentence = /^[^\n]*?[。！？!?][”’」』"]*/.exec(text)?.[0] ?? this.outline[0]!;
    if (sentence.length > MAX_LOGLINE_LENGTH) {
      this.script.logline = sentence.slice(0, MAX_LOGLINE_LENGTH);
      this.script.synopsis = text;
      return;
    }
    this.script.logline = sentence.trim();
    this.script.synopsis = text.slice(sentence.length).trim();
  }
}
