import { describe, expect, it } from 'vitest';
import { comboKeyCaps, detectMac, splitCombo } from './keys';

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

describe('comboKeyCaps', () => {
  it('names Mod as Ctrl off the Mac', () => {
    expect(comboKeyCaps('Mod+Shift+z', false)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(comboKeyCaps('Delete', false)).toEqual(['Del']);
  });

  it('uses symbols on the Mac', () => {
    expect(comboKeyCaps('Mod+Shift+Z', true)).toEqual(['⌘', '⇧', 'Z']);
    expect(comboKeyCaps('Backspace', true)).toEqual(['⌫']);
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
