import type * as Y from 'yjs';

/**
 * The board's rhythm settings in the doc (docs/schema.md, "Rhythm"): two top-level maps, so
 * that two people changing different thresholds, or dismissing different findings, never
 * overwrite each other (a nested map created by both at once would keep only one of them).
 * Their own module, so that naming them (the undo scope does) brings in nothing else.
 */
export const RHYTHM_THRESHOLDS_ROOT = 'rhythmThresholds';
export const RHYTHM_DISMISSALS_ROOT = 'rhythmDismissals';

export const getRhythmThresholdsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(RHYTHM_THRESHOLDS_ROOT);
export const getRhythmDismissalsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(RHYTHM_DISMISSALS_ROOT);
