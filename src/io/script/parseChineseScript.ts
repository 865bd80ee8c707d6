import { takeCameraNote } from './cameraNotes';
import { END, episodeHeading, plainLine, sceneHeading, speech, takeCues, type Cues } from './chineseLines';
import { ChinesePreamble } from './chinesePreamble';
import { addScriptCharacter, checkScriptFound, checkScriptText, emptyScript, type ParsedScript, type ScriptEpisode, type ScriptShot } from './types';

const SYNOPSIS = /^(?:本集梗概|梗概|本集看点|钩子)\s*[:：]\s*(.+)$/;
const CAST = /^(?:人物|出场人物|角色)\s*[:：]\s*(.+)$/;
const ACTION_MARK = /^[△▲]\s*/;
/** A line of nothing but rules or bullets (---, ***, ===). */
const RULE = /^[-—=*_·\s]+$/;

/** True when a text is laid out the way Chinese scripts usually are rather than as Fountain. */
export function isChineseLayout(text: string): boolean {
  const lines = text.split(/\r?\n/).map(plainLine).filter(Boolean);
  // A Fountain script with forced @ cues or its own scene headings is read as Fountain even if
  // Chinese; markdown headings (#) are common in both.
  if (lines.some((line) => /^(?:@|\.[^.\s]|(?:INT|EXT|EST|I\/E)[. ]|INT\.?\/EXT|Title\s*:)/i.test(line))) return false;
  const headings = lines.filter((line) => episodeHeading(line) || sceneHeading(line)).length;
  const speeches = lines.filter((line) => speech(line)).length;
  return headings > 0 || speeches >= 2;
}

const appendCues = (shot: ScriptShot, cues: Pick<Cues, 'notes' | 'sound'>) => {
  if (cues.notes.length > 0) shot.notes = [shot.notes, ...cues.notes].filter(Boolean).join('\n');
  if (cues.sound.length > 0) shot.sound = [shot.sound, ...cues.sound].filter(Boolean).join('；');
};

/**
 * The line of the script's first episode heading, or -1 when it has none. Script tools often
 * list the episodes (分集大纲: 第1集：…, 第2集：…) before the script itself; when the first
 * episode's number comes again with no scene heading before it, the script starts there.
 */
function firstEpisodeLine(lines: string[]): number {
  const first = lines.findIndex((line) => episodeHeading(line));
  if (first < 0) return -1;
  const number = episodeHeading(lines[first]!)!.number;
  const again = lines.findLastIndex((line) => episodeHeading(line)?.number === number);
  return lines.slice(first, again).some((line) => sceneHeading(line)) ? first : again;
}

/**
 * Reads the common Chinese script layout, plain or decorated with markdown (which never reaches
 * the board):
 * - before the first episode heading: the title (《…》), the outline (大纲, whose first sentence
 *   is the logline) and the cast with bios (人物小传: `名字（年龄）：描述`); none of it is a shot;
 * - 第X集 / EP01 headings are episodes, titled by what follows the marker (an episode list
 *   before them, 分集大纲, gives the synopsis of each episode that has none), `1-1 日 外 地点` /
 *   第X场 / 场景一： headings scenes;
 * - `角色：（动作）台词` lines are dialogue shots (`角色（OS）：` and `角色OS：` keep OS as parenthetical), every
 *   other line an action shot (△ marks dropped); 人物： lines name the cast;
 * - a leading camera note such as 【特写】 sets the shot's size (on a line of its own, the
 *   next shot's);
 * - 【字幕：…】 goes to the shot's notes and 【画外音】/【音效：…】 to its sound: on a line of
 *   its own, to the shot before it in the scene, or else the next one.
 */
export function parseChineseScript(text: string): ParsedScript {
  checkScriptText(text);
  const raws = text.split(/\r?\n/);
  const lines = raws.map((raw) => ({ line: plainLine(raw), heading: /^\s*#/.test(raw) }));
  const start = firstEpisodeLine(lines.map(({ line }) => line));
  const script = emptyScript();
  const preamble = new ChinesePreamble(script, start >= 0);
  let episode: ScriptEpisode | null = null;
  /** The number of each episode heading, in order. */
  const numbers: number[] = [];
  let scene = '';
  /** The last shot of the current scene, which a caption on a line of its own belongs to. */
  let sceneShot: ScriptShot | null = null;
  let pendingSize: ScriptShot['size'];
  const pendingCues: Pick<Cues, 'notes' | 'sound'> = { notes: [], sound: [] };
  const current = (): ScriptEpisode => {
    if (!episode) script.episodes.push((episode = { title: '', synopsis: '', shots: [] }));
    return episode;
  };
  const push = (shot: ScriptShot, cues: Cues) => {
    const size = shot.size ?? pendingSize;
    if (size) shot.size = size;
    appendCues(shot, pendingCues);
    appendCues(shot, cues);
    current().shots.push(shot);
    pendingSize = undefined;
    pendingCues.notes = [];
    pendingCues.sound = [];
    sceneShot = shot;
  };

  for (const [index, { line, heading }] of lines.entries()) {
    if (!line || RULE.test(line) || END.test(line)) continue;
    const episodeHead = index >= start ? episodeHeading(line) : null;
    let match: RegExpExecArray | null;
    if (episodeHead) {
      script.episodes.push((episode = { title: episodeHead.title, synopsis: '', shots: [] }));
      numbers.push(episodeHead.number);
      scene = '';
      sceneShot = null;
      continue;
    }
    if (!episode && preamble.read(line, heading)) continue;
    const sceneHead = sceneHeading(line);
    if (sceneHead) {
      scene = sceneHead.scene;
      sceneShot = null;
    } else if ((match = SYNOPSIS.exec(line))) {
      const target = current();
      target.synopsis = [target.synopsis, match[1]!.trim()].filter(Boolean).join('\n');
    } else if ((match = CAST.exec(line))) {
      for (const name of match[1]!.split(/[、，,\s]+/)) addScriptCharacter(script, name.replace(/[（(].*$/, '').trim());
    } else {
      const cues = takeCues(line.replace(ACTION_MARK, ''));
      if (!cues.rest) {
        // A caption on a line of its own: on the shot it follows in the scene, or the next one.
        if (sceneShot) {
          appendCues(sceneShot, cues);
        } else {
          pendingCues.notes.push(...cues.notes);
          pendingCues.sound.push(...cues.sound);
        }
        continue;
      }
      const { size, rest } = takeCameraNote(cues.rest);
      const body = rest.replace(ACTION_MARK, '');
      if (size && !body) {
        pendingSize = size;
        continue;
      }
      const spoken = speech(body);
      if (spoken) addScriptCharacter(script, spoken.character);
      const shot: ScriptShot = spoken ? { scene, action: '', dialogue: [spoken] } : { scene, action: body, dialogue: [] };
      if (size) shot.size = size;
      push(shot, cues);
    }
  }
  preamble.finish();
  // An episode without a synopsis of its own gets what the episode list said about it.
  script.episodes.forEach((candidate, index) => {
    candidate.synopsis ||= preamble.episodeOutline(numbers[index] ?? -1);
  });
  const shots = script.episodes.flatMap((candidate) => candidate.shots);
  if (shots.length > 0) appendCues(shots[shots.length - 1]!, pendingCues);
  return checkScriptFound(script);
}
