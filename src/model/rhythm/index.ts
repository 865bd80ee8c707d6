/**
 * Rhythm: the emotion curve of each episode and the checks of hooks, endings and paywalls
 * (docs/craft.md). Pure, shared by the editor, the canvas, the exports and the server's AI.
 */
export * from './types';
export * from './thresholds';
export * from './roots';
export * from './settings';
export { episodeCurve, hasBeat } from './curve';
export { HOOK_TYPES, checkEpisode, checkFlatStretch, checkHook, checkMissingBeats, checkRuntime } from './episodeRules';
export {
  OPEN_ENDING_TYPES, checkFinale, checkOpenEndings, checkPaywallPlacement, checkPaywallStrength, checkRepeatedEndings,
  checkSeries, type EpisodeEnding,
} from './seriesRules';
export { analyseBoard, createRhythmAnalyser, type CheckedFinding, type RhythmReport } from './analyse';
export {
  dismissFinding, resetRhythmThresholds, restoreFinding, setRhythmThresholds, type ThresholdsPatch,
} from './commands';
export { FINDING_MESSAGES_EN, RULE_NAMES_EN, describeFinding, type FindingMessageKey } from './messages';
