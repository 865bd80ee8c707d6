import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { timeLeftText } from './timeLeft';

const t = ((key: string, values?: Record<string, number>) => `${key}${values ? ` ${JSON.stringify(values)}` : ''}`) as unknown as TFunction;

describe('the time left of a video export', () => {
  it('says minutes and seconds, rounded up, and says so while there is no estimate', () => {
    expect(timeLeftText(t, null)).toBe('animatic.video.estimating');
    expect(timeLeftText(t, 200)).toBe('animatic.video.timeLeftSeconds {"seconds":1}');
    expect(timeLeftText(t, 41_100)).toBe('animatic.video.timeLeftSeconds {"seconds":42}');
    expect(timeLeftText(t, 80_000)).toBe('animatic.video.timeLeftMinutes {"minutes":1,"seconds":20}');
  });
});
