import type { Character, Shot } from '../../model/types';

/**
 * The first dialogue line as a script would print it: "LIN YUE: The owner isn't selling."
 * A line without a known speaker is shown bare. Empty string when the shot has no dialogue.
 */
export function firstDialogueText(shot: Pick<Shot, 'dialogue'>, characters: Record<string, Character>): string {
  const first = shot.dialogue.find((line) => line.line.trim() !== '');
  if (!first) return '';
  const speaker = first.characterId ? characters[first.characterId]?.name.trim() : '';
  return speaker ? `${speaker}: ${first.line}` : first.line;
}

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** Picks the unit a person would use for "edited … ago": 3 minutes, 5 hours, 2 days. */
export function relativeTimeParts(then: number, now: number): { value: number; unit: RelativeUnit } {
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return { value: 0, unit: 'second' };
  if (abs < 3600) return { value: Math.round(seconds / 60), unit: 'minute' };
  if (abs < 86400) return { value: Math.round(seconds / 3600), unit: 'hour' };
  if (abs < 86400 * 30) return { value: Math.round(seconds / 86400), unit: 'day' };
  if (abs < 86400 * 365) return { value: Math.round(seconds / (86400 * 30)), unit: 'month' };
  return { value: Math.round(seconds / (86400 * 365)), unit: 'year' };
}
