// Plain, read-only views of the board doc (what the UI renders). The Y.Doc is the source of
// truth; these are rebuilt from it by `read.ts`, so they are safe to hand to React.

export const SCHEMA_VERSION = 4;

export const ASPECTS = ['9:16', '16:9', '1:1', '4:5'] as const;
export const SHOT_SIZES = ['ECU', 'CU', 'MCU', 'MS', 'MWS', 'WS', 'EWS', 'OTS', 'POV', 'INSERT'] as const;
export const ANGLES = ['eye', 'high', 'low', 'dutch', 'overhead', 'ground'] as const;
export const MOVEMENTS = [
  'static', 'pan', 'tilt', 'dolly-in', 'dolly-out', 'truck', 'crane', 'handheld', 'zoom-in', 'zoom-out',
] as const;
export const BEAT_TYPES = [
  'hook', 'setup', 'reveal', 'reversal', 'face-slap', 'humiliation', 'confrontation', 'romance',
  'betrayal', 'comic', 'payoff', 'cliffhanger',
] as const;
export const EMOTIONS = ['joy', 'trust', 'fear', 'surprise', 'sadness', 'disgust', 'anger', 'anticipation'] as const;
export const STROKE_TOOLS = ['pen', 'marker'] as const;
/** How a shot begins in the animatic: a hard cut from the shot before, or a dissolve. */
export const TRANSITIONS = ['cut', 'dissolve'] as const;

export type Aspect = (typeof ASPECTS)[number];
export type ShotSize = (typeof SHOT_SIZES)[number];
export type Angle = (typeof ANGLES)[number];
export type Movement = (typeof MOVEMENTS)[number];
export type BeatType = (typeof BEAT_TYPES)[number];
export type Emotion = (typeof EMOTIONS)[number];
export type StrokeTool = (typeof STROKE_TOOLS)[number];
export type Transition = (typeof TRANSITIONS)[number];

export interface BoardMeta {
  schemaVersion: number;
  title: string;
  logline: string;
  /** BCP 47, e.g. `en`, `zh-CN`. */
  language: string;
  aspect: Aspect;
  createdAt: number;
}

export interface Character {
  id: string;
  name: string;
  bio: string;
  /** How they speak: fed to dialogue suggestions. */
  voice: string;
  color: string;
}

export interface Episode {
  id: string;
  title: string;
  /** Fractional index key; sort by (order, id). */
  order: string;
  targetSeconds: number;
  paywall: boolean;
  synopsis: string;
  /** The episode's soundtrack (music or a temp track) in the animatic: an audio asset, or null for none. */
  soundtrackAssetId: string | null;
  /** What the soundtrack is called where people see it: its file's name, '' when unknown. */
  soundtrackName: string;
  /** The soundtrack's volume, 0 (silent) to 1 (as recorded). */
  soundtrackVolume: number;
}

export interface Beat {
  type: BeatType | null;
  emotion: Emotion | null;
  /** 0-10. */
  intensity: number;
}

export interface DialogueLine {
  characterId: string | null;
  line: string;
  parenthetical: string;
}

/**
 * A sketch stroke. `path` holds its points, normalised to the 0..1 panel box, in the compact
 * encoding of `strokes/pathCodec.ts` (read them with `strokePoints`); `width` is a fraction
 * of the panel width, so a stroke drawn large in the sketch editor looks the same on the
 * board thumbnail.
 */
export interface Stroke {
  id: string;
  tool: StrokeTool;
  color: string;
  width: number;
  path: Uint8Array;
}

export interface Shot {
  id: string;
  episodeId: string;
  order: string;
  scene: string;
  size: ShotSize | null;
  angle: Angle | null;
  movement: Movement | null;
  /** How far the camera movement goes in the animatic, 0 to 1; null: the default amount. */
  moveAmount: number | null;
  /** How the shot begins in the animatic. */
  transition: Transition;
  durationMs: number;
  action: string;
  dialogue: DialogueLine[];
  sound: string;
  notes: string;
  beat: Beat;
  strokes: Stroke[];
  imageAssetId: string | null;
  /** A sound clip (a temp voice line) that starts with the shot in the animatic: an audio asset, or null for none. */
  clipAssetId: string | null;
  /** What the clip is called where people see it (its file's name, or a recording's), '' when unknown. */
  clipName: string;
  /** The clip's volume, 0 (silent) to 1 (as recorded). */
  clipVolume: number;
}

/** Scalar shot fields that can be set directly (text fields are diffed into Y.Text). */
export interface ShotPatch {
  scene?: string;
  size?: ShotSize | null;
  angle?: Angle | null;
  movement?: Movement | null;
  moveAmount?: number | null;
  transition?: Transition;
  durationMs?: number;
  action?: string;
  sound?: string;
  notes?: string;
  imageAssetId?: string | null;
  clipAssetId?: string | null;
  clipName?: string;
  clipVolume?: number;
}

export interface BeatPatch {
  type?: BeatType | null;
  emotion?: Emotion | null;
  intensity?: number;
}

/** Everything needed to recreate a shot elsewhere (clipboard, duplicate, import). */
export type ShotContent = Omit<Shot, 'id' | 'episodeId' | 'order'>;

export interface BoardSnapshot {
  meta: BoardMeta;
  characters: Record<string, Character>;
  /** Sorted by order. */
  episodes: Episode[];
  shots: Record<string, Shot>;
  /** Episode id -> shot ids in order. Shots whose episode is missing are not listed. */
  shotsByEpisode: Record<string, string[]>;
  /** Human-readable problems found while reading (corrupt records); empty when all is well. */
  problems: string[];
}
