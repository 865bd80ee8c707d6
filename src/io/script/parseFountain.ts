import { Fountain } from 'fountain-js';
import { takeCameraNote } from './cameraNotes';
import { afterEpisodeMarker, episodeLabel } from './chineseLines';
import { addScriptCharacter, checkScriptFound, checkScriptText, emptyScript, ScriptError, type ParsedScript, type ScriptEpisode, type ScriptShot } from './types';

export { MAX_SCRIPT_BYTES, ScriptError, type ParsedScript, type ScriptEpisode, type ScriptShot } from './types';

/** Fountain's inline emphasis (*italic*, **bold**, _underline_) and [[notes]] are not kept on a board. */
function plain(text: string): string {
  return text.replace(/\[\[[\s\S]*?\]\]/g, '').replace(/\*{1,3}([^*\n]+)\*{1,3}/g, '$1').replace(/_([^_\n]+)_/g, '$1').replace(/\\([*_])/g, '$1').trim();
}

/** "ZHOU HAO (V.O.)", "LIN YUE (CONT'D)", "BOB ^" are all the same speaker as written plainly. */
export function characterName(cue: string): string {
  return cue.replace(/\^$/, '').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

/** Episode 1, EPISODE 12, Episode #3 at the start of a section, before its title or alone. */
const EPISODE_MARKER = /^episode\s*#?\s*\d+(?=[\s:：·—–-]|$)/i;

/**
 * An episode's title from its section: what follows the marker (`# Episode 1 - The Crossing`
 * is The Crossing, `# 第一集 渡口` is 渡口, a bare `# Episode 1` is untitled). The app numbers
 * episodes itself, so a title that kept the marker would show the number twice.
 */
export function episodeTitle(section: string): string {
  const chinese = episodeLabel(section);
  if (chinese) return chinese.rest;
  const marker = EPISODE_MARKER.exec(section);
  return marker ? afterEpisodeMarker(section.slice(marker[0].length)) : section;
}

/** An action paragraph as a shot; a leading camera note (【特写】, [CU]) becomes its size. */
function actionShot(scene: string, text: string): ScriptShot {
  const { size, rest } = takeCameraNote(text);
  return size ? { scene, action: rest, dialogue: [], size } : { scene, action: text, dialogue: [] };
}

/** A scene heading as writers type it: INT., EXT., INT./EXT., I/E or EST. in capitals. */
const SCENE_HEADING = /^(?:INT\.?\/EXT|I\/E|INT|EXT|EST)[. ]/;

/**
 * Fountain wants a blank line around a scene heading; writers often put the action right
 * under it, which Fountain would read as a speaker called "EXT. DOCK - NIGHT". The blank lines
 * are added, so the heading is a heading.
 */
function separateSceneHeadings(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const heading = SCENE_HEADING.test(line.trim());
    if (heading && out.length > 0 && out[out.length - 1]!.trim()) out.push('');
    out.push(line);
    if (heading && lines[index + 1]?.trim()) out.push('');
  });
  return out.join('\n');
}

/**
 * Reads a Fountain script (through fountain-js): `#` sections are episodes (one episode when
 * there are none), `=` synopses describe them, scene headings carry over to the shots below,
 * and each action paragraph and each dialogue block becomes one shot. Boneyard, notes,
 * transitions and page breaks are left out.
 */
export function parseFountain(text: string): ParsedScript {
  checkScriptText(text);
  if (/\/\*(?![\s\S]*\*\/)/.test(text)) throw new ScriptError('unclosed-boneyard');
  const { tokens } = new Fountain().parse(separateSceneHeadings(text), true);
  const script = emptyScript();
  let episode: ScriptEpisode | null = null;
  let scene = '';
  let block: ScriptShot | null = null;
  let character = '';
  let parenthetical = '';
  // After a `## Shot` marker (Beatboard's own export), everything up to the next marker is one
  // shot, so a shot with action and dialogue comes back whole.
  let group: ScriptShot | null = null;
  const current = (): ScriptEpisode => {
    if (!episode) script.episodes.push((episode = { title: '', synopsis: '', shots: [] }));
    return episode;
  };

  for (const token of tokens) {
    const value = plain(token.text ?? '');
    switch (token.type) {
      case 'title':
        script.title = value;
        break;
      case 'notes':
        // The title page's notes describe the series; a credit line is only a fallback.
        if (token.is_title) script.logline = value;
        break;
      case 'credit':
        if (token.is_title && !script.logline) script.logline = value;
        break;
      case 'section':
        if ((token.depth ?? 1) === 1) {
          script.episodes.push((episode = { title: episodeTitle(value), synopsis: '', shots: [] }));
          scene = '';
          group = null;
        } else {
          group = { scene, action: '', dialogue: [] };
          current().shots.push(group);
        }
        break;
      case 'synopsis':
        current().synopsis = [current().synopsis, value].filter(Boolean).join('\n');
        break;
      case 'scene_heading':
        scene = value;
        group = null;
        break;
      case 'action':
        if (!value) break;
        if (group) group.action = [group.action, value].filter(Boolean).join('\n\n');
        else current().shots.push(actionShot(scene, value));
        break;
      case 'dialogue_begin':
        block = { scene, action: '', dialogue: [] };
        break;
      case 'character':
        character = characterName(value);
        addScriptCharacter(script, character);
        parenthetical = '';
        break;
      case 'parenthetical':
        parenthetical = value.replace(/^\(|\)$/g, '');
        break;
      case 'dialogue':
        block?.dialogue.push({ character, line: value, parenthetical });
        parenthetical = '';
        break;
      case 'dialogue_end':
        if (block && block.dialogue.length > 0) {
          if (group) group.dialogue.push(...block.dialogue);
          else current().shots.push(block);
        }
        block = null;
        break;
      default:
        break;
    }
  }
  return checkScriptFound(script);
}
