import { isChineseLayout, parseChineseScript } from './parseChineseScript';
import { parseFountain } from './parseFountain';
import type { ParsedScript } from './types';

export { ScriptError, type ParsedScript } from './types';

/** Reads a script in whichever layout it is written: Fountain, or the common Chinese layout. */
export function parseScript(text: string): ParsedScript {
  return isChineseLayout(text) ? parseChineseScript(text) : parseFountain(text);
}
