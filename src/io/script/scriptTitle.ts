import type { ParsedScript } from './types';

/**
 * The title a board made from a script takes: the script's own, else its file's name without
 * the extension ("雨夜契约.txt" gives 雨夜契约), as the import preview shows it.
 */
export function boardTitleOf(script: Pick<ParsedScript, 'title'>, fileName: string): string {
  return script.title.trim() || fileName.replace(/\.(fountain|spmd|txt|md|markdown)$/i, '').trim();
}
