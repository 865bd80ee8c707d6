import type { RuleId, Severity } from '../rhythm/types';
import type { Beat, BeatType, DialogueLine, Emotion } from '../types';

/** What the creator asked for (docs/schema.md `suggestions`). */
export type SuggestionKind = 'beats' | 'dialogue' | 'both';
export type SuggestionStatus = 'streaming' | 'ready' | 'failed' | 'accepted' | 'dismissed';

/** Tone controls, each 0..1; absent means the engine's middle. */
export interface SuggestionTone {
  /** How hard the beats hit. */
  intensity?: number;
  /** 0 = restraint, 1 = melodrama. */
  melodrama?: number;
  humour?: number;
}

export interface SuggestionRequest {
  shotIds: string[];
  kind: SuggestionKind;
  /** Alternatives per shot, 1-5. */
  alternatives: number;
  tone?: SuggestionTone;
  /** Makes the offline engine repeatable; also varies "regenerate". */
  seed?: number;
}

/** One proposed beat and/or dialogue for one shot. */
export interface SuggestionAlternative {
  shotId: string;
  beat: Beat | null;
  dialogue: DialogueLine[] | null;
  /** One line: why this beat here. */
  rationale: string;
  /** The rhythm checks this alternative aims to clear (absent or empty: none). */
  addresses?: RuleId[];
}

/** Where a shot sits, which is what a microdrama beat depends on. */
export interface ShotPosition {
  episodeNumber: number;
  episodeCount: number;
  /** 1-based within its episode. */
  shotNumber: number;
  shotCount: number;
  isFirstInEpisode: boolean;
  isLastInEpisode: boolean;
  /** The episode ends on the paywall: its cliffhanger must sell the next one. */
  isPaywallEpisode: boolean;
}

export interface ContextShot {
  id: string;
  /** Display number, e.g. "3.12". */
  number: string;
  scene: string;
  action: string;
  dialogue: { speaker: string; characterId: string | null; line: string; parenthetical: string }[];
  beat: { type: BeatType | null; emotion: Emotion | null; intensity: number };
  position: ShotPosition;
  /** False for the neighbours sent only as context. */
  selected: boolean;
}

export interface ContextCharacter {
  id: string;
  name: string;
  bio: string;
  voice: string;
}

export interface ContextEpisode {
  id: string;
  number: number;
  title: string;
  synopsis: string;
  paywall: boolean;
  /** Beat types that closed the previous episodes, most recent first (to avoid repeats). */
  previousEndings: BeatType[];
}

/** An open rhythm finding on an episode involved in the request (docs/craft.md). */
export interface ContextFinding {
  ruleId: RuleId;
  severity: Severity;
  episodeNumber: number;
  /** The shot it points at, when it points at one. */
  shotId: string | null;
  shotNumber: string | null;
  /** In plain English, e.g. "Ends on a payoff, which closes the question: ...". */
  message: string;
  /** The values behind the message (thresholds, intensities, a beat type). */
  params: Record<string, string | number>;
}

/**
 * Everything a provider is told about the board for one request: built by a pure function
 * from the doc, trimmed to a budget, and shown as is in the UI ("what was sent").
 */
export interface SuggestionContext {
  title: string;
  logline: string;
  /** BCP 47; dialogue is written in this language. */
  language: string;
  characters: ContextCharacter[];
  episodes: ContextEpisode[];
  /** Selected shots and up to two neighbours each side, in board order. */
  shots: ContextShot[];
  /** Open (not dismissed) rhythm findings of the episodes involved; alternatives aim to clear them. */
  findings: ContextFinding[];
  /** What was left out to fit the budget, for the UI. */
  trimmed: { shots: number; characters: number };
}

/** What a provider streams back. */
export type ProviderEvent =
  | { type: 'alternative'; alternative: SuggestionAlternative }
  | { type: 'done' }
  | { type: 'error'; message: string; retryAfterSeconds?: number };
