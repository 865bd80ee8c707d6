import { describe, expect, it } from 'vitest';
import { parseIntensity } from './intensity';

describe('parseIntensity', () => {
  it('accepts whole numbers from 0 to 10', () => {
    expect(parseIntensity('0')).toBe(0);
    expect(parseIntensity(' 7 ')).toBe(7);
    expect(parseIntensity('10')).toBe(10);
  });

  it('refuses blanks, fractions, negatives and words', () => {
    for (const text of ['', '  ', '4.5', '-1', '11', 'high']) expect(parseIntensity(text)).toBeNull();
  });
});
