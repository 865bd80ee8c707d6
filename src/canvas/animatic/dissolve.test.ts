import { describe, expect, it } from 'vitest';
import { DISSOLVE_MS, dissolveLength, dissolveWeight } from './dissolve';

describe('a dissolve', () => {
  it('takes half a second, fading the incoming shot in evenly', () => {
    expect(dissolveLength(3000)).toBe(DISSOLVE_MS);
    expect(dissolveWeight(0, 3000)).toBe(0);
    expect(dissolveWeight(250, 3000)).toBe(0.5);
    expect(dissolveWeight(500, 3000)).toBe(1);
    expect(dissolveWeight(2000, 3000)).toBe(1);
  });

  it('takes the first half of a shot shorter than a second', () => {
    expect(dissolveLength(600)).toBe(300);
    expect(dissolveWeight(150, 600)).toBe(0.5);
    expect(dissolveWeight(0, 0)).toBe(1);
  });
});
