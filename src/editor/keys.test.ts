import { describe, expect, it } from 'vitest';
import { matchesCombo, parseCombo, type KeyInput } from './keys';

function press(key: string, extra: Partial<KeyInput> = {}): KeyInput {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : '';
  return { key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra };
}

describe('parseCombo', () => {
  it('reads modifiers and the key, including the plus key itself', () => {
    expect(parseCombo('Mod+Shift+Z')).toEqual({ mod: true, shift: true, alt: false, key: 'Z' });
    expect(parseCombo('Mod++')).toMatchObject({ mod: true, key: '+' });
    expect(parseCombo('?')).toMatchObject({ mod: false, key: '?' });
  });
});

describe('matchesCombo', () => {
  it('treats Ctrl and Cmd alike as Mod', () => {
    expect(matchesCombo(press('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesCombo(press('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesCombo(press('z'), 'Mod+Z')).toBe(false);
  });

  it('tells undo from redo by Shift', () => {
    const redo = press('Z', { ctrlKey: true, shiftKey: true });
    expect(matchesCombo(redo, 'Mod+Z')).toBe(false);
    expect(matchesCombo(redo, 'Mod+Shift+Z')).toBe(true);
  });

  it('does not fire plain-letter shortcuts with a modifier', () => {
    expect(matchesCombo(press('n'), 'N')).toBe(true);
    expect(matchesCombo(press('n', { ctrlKey: true }), 'N')).toBe(false);
    expect(matchesCombo(press('N', { shiftKey: true }), 'N')).toBe(false);
    expect(matchesCombo(press('n', { altKey: true }), 'N')).toBe(false);
  });

  it('matches letters by character, falling back to the physical key for non-Latin layouts', () => {
    expect(matchesCombo({ ...press('w', { ctrlKey: true }), code: 'KeyZ' }, 'Mod+Z')).toBe(false);
    expect(matchesCombo({ ...press('я', { ctrlKey: true }), code: 'KeyZ' }, 'Mod+Z')).toBe(true);
  });

  it('matches Shift+1 although the key typed is "!"', () => {
    expect(matchesCombo({ ...press('!', { shiftKey: true }), code: 'Digit1' }, 'Shift+1')).toBe(true);
    expect(matchesCombo(press('1'), 'Shift+1')).toBe(false);
  });

  it('matches "?" with the Shift it needs', () => {
    expect(matchesCombo(press('?', { shiftKey: true }), '?')).toBe(true);
  });

  it('matches zoom keys typed with or without Shift, and on the keypad', () => {
    expect(matchesCombo({ ...press('=', { ctrlKey: true }), code: 'Equal' }, 'Mod+=')).toBe(true);
    expect(matchesCombo({ ...press('+', { ctrlKey: true, shiftKey: true }), code: 'Equal' }, 'Mod+=')).toBe(true);
    expect(matchesCombo({ ...press('-', { metaKey: true }), code: 'NumpadSubtract' }, 'Mod+-')).toBe(true);
    expect(matchesCombo({ ...press('0', { ctrlKey: true }), code: 'Numpad0' }, 'Mod+0')).toBe(true);
  });

  it('matches named keys', () => {
    expect(matchesCombo(press('Delete'), 'Delete')).toBe(true);
    expect(matchesCombo(press('Backspace'), 'Delete')).toBe(false);
    expect(matchesCombo(press('Escape'), 'Escape')).toBe(true);
  });
});
