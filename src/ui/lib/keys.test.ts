import { describe, expect, it } from 'vitest';
import { comboKeyCaps, detectMac, formatCombo, splitCombo } from './keys';

describe('splitCombo', () => {
  it('splits modifiers and keys', () => {
    expect(splitCombo('Mod+Shift+Z')).toEqual(['Mod', 'Shift', 'Z']);
    expect(splitCombo('?')).toEqual(['?']);
  });

  it('keeps the plus key', () => {
    expect(splitCombo('Mod++')).toEqual(['Mod', '+']);
    expect(splitCombo('+')).toEqual(['+']);
  });
});

describe('formatCombo', () => {
  it('names Mod as Ctrl off the Mac', () => {
    expect(formatCombo('Mod+Shift+z', false)).toBe('Ctrl+Shift+Z');
    expect(formatCombo('Delete', false)).toBe('Del');
  });

  it('uses symbols on the Mac', () => {
    expect(formatCombo('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatCombo('Backspace', true)).toBe('⌫');
  });

  it('names arrows and space the same everywhere', () => {
    expect(comboKeyCaps('Shift+ArrowLeft', false)).toEqual(['Shift', '←']);
    expect(comboKeyCaps('Space', true)).toEqual(['Space']);
  });
});

describe('detectMac', () => {
  it('recognises Apple platforms', () => {
    expect(detectMac('MacIntel')).toBe(true);
    expect(detectMac('iPhone')).toBe(true);
    expect(detectMac('Linux x86_64')).toBe(false);
    expect(detectMac('Win32')).toBe(false);
  });
});
