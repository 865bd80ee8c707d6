import { describe, expect, it } from 'vitest';
import { defaultIdentity, withGuestName } from './identity';

const inChinese = (number: string) => `访客 ${number}`;

describe('withGuestName', () => {
  it("shows a default name in the interface's language", () => {
    const identity = { ...defaultIdentity(() => 0.5), name: 'Guest 5798' };
    expect(withGuestName(identity, inChinese)).toEqual({ ...identity, name: '访客 5798' });
  });

  it('leaves a name the person chose alone, even one that reads like a default', () => {
    const chosen = { ...defaultIdentity(), name: 'Guest 5798', confirmed: true };
    expect(withGuestName(chosen, inChinese)).toBe(chosen);
    const typed = { ...defaultIdentity(), name: 'Lin Yue' };
    expect(withGuestName(typed, inChinese)).toBe(typed);
  });

  it('finds the number in the name defaultIdentity makes', () => {
    const made = defaultIdentity(() => 0.25);
    expect(withGuestName(made, inChinese).name).toBe(`访客 ${made.name.slice('Guest '.length)}`);
  });
});
