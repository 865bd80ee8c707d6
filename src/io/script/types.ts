import type { ShotSize } from '../../model';

/** A script as Beatboard reads it: episodes of shots, each an action or a dialogue block. */
export interface ScriptShot {
  scene: string;
  action: string;
  dialogue: { character: string; line: string; parenthetical: string }[];
  /** A size named by a camera note such as 【特写】; absent when the script names none. */
  size?: ShotSize;
}

export interface ScriptEpisode {
  title: string;
  synopsis: string;
  shots: ScriptShot[];
}

export interface ParsedScript {
  title: string;
  /** The title page's notes or credit, as the board's logline. */
  logline: string;
  /** Speaking characters in order of first appearance, names as written (extensions removed). */
  characters: string[];
  episodes: ScriptEpisode[];
}

export const MAX_SCRIPT_BYTES = 5 * 1024 * 1024;

export class ScriptError extends Error {
  override name = 'ScriptError';
}

/** What every script reader refuses before reading: oversized and binary files. */
export function checkScriptText(text: string): void {
  if (new TextEncoder().encode(text).length > MAX_SCRIPT_BYTES) {
    throw new ScriptError('Scripts can be at most 5 MB.');
  }
  if (text.includes('\u0000')) throw new ScriptError('This file is not a text script.');
}

/** What every script reader refuses after reading: a file with nothing to board. */
export function checkScriptFound(script: ParsedScript): ParsedScript {
  if (script.episodes.length === 0) throw new ScriptError('No scenes, action or dialogue were found in this file.');
  if (script.episodes.every((e) => e.shots.length === 0)) throw new ScriptError('No action or dialogue were found in this script.');
  return script;
}
