import { describe, expect, it } from 'vitest';
import { sketchCommandForKey, type KeyInput } from './shortcuts';

const key = (value: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('sketchCommandForKey', () => {
  it('switches tools with P, M and E', () => {
    expect(sketchCommandForKey(key('p'))).toEqual({ type: 'tool', tool: 'pen' });
    expect(sketchCommandForKey(key('M'))).toEqual({ type: 'tool', tool: 'marker' }); // caps lock on
    expect(sketchCommandForKey(key('M', { shiftKey: true }))).toBeNull();
    expect(sketchCommandForKey(key('m'))).toEqual({ type: 'tool', tool: 'marker' });
    expect(sketchCommandForKey(key('e'))).toEqual({ type: 'tool', tool: 'eraser' });
  });

  it('undoes with Mod+Z and redoes with Mod+Shift+Z or Mod+Y, on Ctrl or Cmd', () => {
    expect(sketchCommandForKey(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(sketchCommandForKey(key('z', { metaKey: true }))).toEqual({ type: 'undo' });
    expect(sketchCommandForKey(key('Z', { metaKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(sketchCommandForKey(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
  });

  it('closes on Escape', () => {
    expect(sketchCommandForKey(key('Escape'))).toEqual({ type: 'close' });
  });

  it('leaves other combinations alone', () => {
    expect(sketchCommandForKey(key('p', { ctrlKey: true }))).toBeNull();
    expect(sketchCommandForKey(key('e', { altKey: true }))).toBeNull();
    expect(sketchCommandForKey(key('Delete'))).toBeNull();
  });
});
