import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { pdfBeatLabel } from './pdfBeatLabel';

// Keys stand for their words: 'ui.beatType.reveal' reads "reveal".
const t = ((key: string) => key.split('.').pop()) as unknown as TFunction;

describe('pdfBeatLabel', () => {
  it('prints the type, the emotion and the intensity', () => {
    expect(pdfBeatLabel({ type: 'reveal', emotion: 'surprise', intensity: 7 }, t)).toBe('reveal · surprise 7/10');
  });

  it('keeps the intensity of a beat without an emotion, or without a type', () => {
    expect(pdfBeatLabel({ type: 'cliffhanger', emotion: null, intensity: 8 }, t)).toBe('cliffhanger · 8/10');
    expect(pdfBeatLabel({ type: null, emotion: 'fear', intensity: 4 }, t)).toBe('fear 4/10');
    expect(pdfBeatLabel({ type: null, emotion: null, intensity: 5 }, t)).toBe('5/10');
  });

  it('prints nothing for a shot without a beat', () => {
    expect(pdfBeatLabel({ type: null, emotion: null, intensity: 0 }, t)).toBe('');
  });
});
