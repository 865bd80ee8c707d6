import { MAX_INTENSITY } from '../../model/schema';

/** A typed beat intensity: a whole number from 0 to 10, or null when the text is not one. */
export function parseIntensity(text: string): number | null {
  const number = Number(text);
  return text.trim() !== '' && Number.isInteger(number) && number >= 0 && number <= MAX_INTENSITY ? number : null;
}
