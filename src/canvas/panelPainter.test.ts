import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { defaultShotContent } from '../model/schema';
import type { Shot } from '../model/types';
import { panelFace } from './panelPainter';

const t = ((key: string) => (key === 'canvas.panel.emptyHint' ? 'Double-click to sketch' : key)) as unknown as TFunction;
const shot = { ...defaultShotContent(), id: 's1', episodeId: 'e1', order: 'a0' } as unknown as Shot;

describe('panelFace', () => {
  it('hints at sketching on an empty panel on the board, and not in an exported picture', () => {
    const picture = { shot, number: '1.1', speakerName: undefined, image: null };
    expect(panelFace(picture, t).emptyHint).toBe('Double-click to sketch');
    expect(panelFace(picture, t, true).emptyHint).toBe('');
    expect(panelFace(picture, t, true).number).toBe('1.1');
  });
});
