import type { Emotion } from './types';

/**
 * Beat band colours, after Plutchik's wheel of emotions (the eight emotions of the taxonomy),
 * darkened where needed so white text on the band stays readable.
 */
export const EMOTION_COLORS: Record<Emotion, string> = {
  joy: '#e0b000',
  trust: '#5a9e3a',
  fear: '#2e7d4f',
  surprise: '#1a8fa3',
  sadness: '#3b6fc4',
  disgust: '#8a4fb3',
  anger: '#d2382f',
  anticipation: '#e07a1f',
};

/** Character colours in the order new characters receive them: distinct in hue and lightness. */
export const CHARACTER_PALETTE: string[] = [
  '#e4572e', '#2e86ab', '#a23b72', '#3bb273', '#f2a541', '#6c5ce7', '#17a2b8', '#c0392b', '#7f8c8d', '#d35400',
];
