import type { ShotSize } from '../../model';

/** A script as Beatboard reads it: episodes of shots, each an action or a dialogue block. */
export interface ScriptShot {
  scene: string;
  action: string;
  dialogue: { character: string; line: string; parenthetical: string }[];
  /** A size named by a camera note such as 【特写】; absent when the script names none. */
  size?: ShotSize;
  /** Sound cues the script puts on this shot (【画外音：…】, 【音效：…】), for the shot's sound field. */
  sound?: string;
  /** On-screen text the script puts on this shot (【字幕：…】 as `字幕：…`), for the shot's notes. */
  notes?: string;
}

/** A character as the script introduces it: a bio comes from a character section (人物小传). */
export interface ScriptCharacter {
  name: string;
  bio: string;
}

export interface ScriptEpisode {
  title: string;
  synopsis: string;
  shots: ScriptShot[];
}

export interface ParsedScript {
  title: string;
  /** The title page's notes or credit, or the outline's first sentence, as the board's logline. */
  logline: string;
  /** The rest of the series outline (大纲), after the sentence that became the logline. */
  synopsis: string;
  /**
   * The cast in order of first appearance, names as written (extensions removed): a character
   * section's entries first, then speakers and 人物： names.
   */
  characters: ScriptCharacter[];
  episodes: ScriptEpisode[];
}

export const MAX_SCRIPT_BYTES = 5 * 1024 * 1024;

export const emptyScript = (): ParsedScript => ({ title: '', logline: '', synopsis: '', characters: [], episodes: [] });

/**
 * The synopsis an episode of the script gets on the board. The board has no series synopsis,
 * so the series outline goes before the first episode's own synopsis.
 */
export function boardSynopsis(script: ParsedScript, index: number): string {
  const own = script.episodes[index]?.synopsis ?? '';
  return index === 0 ? [script.synopsis, own].filter(Boolean).join('\n\n') : own;
}

/** What the import preview counts: episodes, shots (and shots per episode) and characters. */
export function scriptCounts(script: ParsedScript): { episodes: number; shots: number; shotsPerEpisode: number[]; characters: number } {
  const shotsPerEpisode = script.episodes.map((episode) => episode.shots.length);
  return {
    episodes: script.episodes.length,
    shots: shotsPerEpisode.reduce((sum, count) => sum + count, 0),
    shotsPerEpisode,
    characters: script.characters.length,
  };
}

/** What an episode of the script puts on the board besides its shots, shown in the import preview. */
export interface EpisodeContents {
  /** Scene headings in order of first use, each once. */
  scenes: string[];
  /** On-screen text (【字幕：…】), one entry a line, as it goes into the shots' notes. */
  captions: string[];
  /** Sound cues (【画外音：…】, 【音效：…】), one entry a line, as they go into the shots' sound. */
  soundCues: string[];
}

export function episodeContents(episode: ScriptEpisode): EpisodeContents {
  const scenes = new Set<string>();
  const captions: string[] = [];
  const soundCues: string[] = [];
  const lines = (text: string | undefined) => (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  for (const shot of episode.shots) {
    if (shot.scene) scenes.add(shot.scene);
    captions.push(...lines(shot.notes));
    soundCues.push(...lines(shot.sound));
  }
  return { scenes: [...scenes], captions, soundCues };
}

/** Adds a character the first time its name is seen; a later bio fills an empty one. */
export function addScriptCharacter(script: ParsedScript, name: string, bio = ''): void {
  if (!name) return;
  const known = script.characters.find((character) => character.name === name);
  if (!known) script.characters.push({ name, bio });
  else if (!known.bio) known.bio = bio;
}

/** Why a script was refused, in words the interface translates (`importer.errors.script.<code>`). */
export const SCRIPT_ERROR_CODES = ['too-large', 'not-text', 'nothing-found', 'no-shots', 'unclosed-boneyard'] as const;
export type ScriptErrorCode = (typeof SCRIPT_ERROR_CODES)[number];

/** The values a code's message names: the size limit for 'too-large'; none for the others. */
export type ScriptErrorValues = { megabytes?: number };

/**
 * A script Beatboard cannot read. `message` is English, for logs, tests and callers outside the
 * interface; the interface builds its own text from `code` and `values`.
 */
export class ScriptError extends Error {
  override name = 'ScriptError';
  constructor(
    readonly code: ScriptErrorCode,
    readonly values: ScriptErrorValues = {},
  ) {
    super(scriptErrorMessage(code, values));
  }
}

function scriptErrorMessage(code: ScriptErrorCode, values: ScriptErrorValues): string {
  switch (code) {
    case 'too-large':
      return `Scripts can be at most ${values.megabytes ?? MAX_SCRIPT_BYTES / (1024 * 1024)} MB.`;
    case 'not-text':
      return 'This file is not a text script.';
    case 'nothing-found':
      return 'No scenes, action or dialogue were found in this file.';
    case 'no-shots':
      return 'No action or dialogue were found in this script.';
    case 'unclosed-boneyard':
      return 'The script has a /* boneyard */ that is never closed.';
  }
}

/** What every script reader refuses before reading: oversized and binary files. */
export function checkScriptText(text: string): void {
  if (new TextEncoder().encode(text).length > MAX_SCRIPT_BYTES) {
    throw new ScriptError('too-large', { megabytes: MAX_SCRIPT_BYTES / (1024 * 1024) });
  }
  if (text.includes('\u0000')) throw new ScriptError('not-text');
}

/** What every script reader refuses after reading: a file with nothing to board. */
export function checkScriptFound(script: ParsedScript): ParsedScript {
  if (script.episodes.length === 0) throw new ScriptError('nothing-found');
  if (script.episodes.every((e) => e.shots.length === 0)) throw new ScriptError('no-shots');
  return script;
}
