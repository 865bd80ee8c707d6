import { describe, expect, it } from 'vitest';
import { fitWithEllipsis, wrapWords } from './panelDrawing';

// A font where every character is 6 px wide.
const monospace = { measureText: (text: string) => ({ width: Array.from(text).length * 6 }) as TextMetrics };

describe('panel text', () => {
  it('keeps text that fits and cuts longer text with an ellipsis, within the width', () => {
    expect(fitWithEllipsis(monospace, 'LIN YUE', 60)).toBe('LIN YUE');
    const cut = fitWithEllipsis(monospace, 'ZHOU HAO: Whose boat is this?', 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(monospace.measureText(cut).width).toBeLessThanOrEqual(60);
    expect(cut).toBe('ZHOU HAO:…');
    expect(fitWithEllipsis(monospace, '周浩：这是谁的船？', 30)).toBe('周浩：这…');
    expect(fitWithEllipsis(monospace, 'Reveal', 4)).toBe('');
  });

  it('wraps at spaces, and anywhere in text without spaces', () => {
    expect(wrapWords(monospace, 'Double-click to sketch', 80)).toEqual(['Double-click', 'to sketch']);
    expect(wrapWords(monospace, '双击以绘制草图', 24)).toEqual(['双击以绘', '制草图']);
  });
});
