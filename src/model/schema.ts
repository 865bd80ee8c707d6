import * as z from 'zod';
import { ValidationError } from './errors';
import { MAX_STROKE_WIDTH, isEncodedPath } from './strokes/strokeForms';
import { PATH_LIMIT } from './strokes/pathCodec';
import {
  ANGLES, ASPECTS, BEAT_TYPES, EMOTIONS, MOVEMENTS, SHOT_SIZES, STROKE_TOOLS, TRANSITIONS,
  type Beat, type ShotContent,
} from './types';

export { MAX_STROKE_WIDTH };

// Zod compiles object parsers with `new Function` when it may, and finds out by trying once,
// as each schema below is made. The app's Content-Security-Policy allows no eval, so that
// try would be refused and reported on every page load; the server loses nothing measurable.
z.config({ jitless: true });

/**
 * Zod schemas of the board's records, in their plain (read) form: the public format for
 * exports and imports, and the checks behind every command's arguments. Messages are written
 * for the person using the app, because the UI shows them as they are.
 *
 * Reading a live doc (`read.ts`) does not run these schemas on every record: a 5,000-shot
 * board has hundreds of thousands of stroke points and must read in milliseconds. It applies
 * the same rules with cheap checks instead; a test holds the two to each other.
 */

export const DEFAULT_SHOT_DURATION_MS = 3000;
export const DEFAULT_TARGET_SECONDS = 90;
export const MAX_INTENSITY = 10;
/** An episode soundtrack's volume when none is set: a little under the voices. */
export const DEFAULT_SOUNDTRACK_VOLUME = 0.8;
/** A shot clip's volume when none is set: as recorded. */
export const DEFAULT_CLIP_VOLUME = 1;
/** What a beat intensity may be: a whole number from 0 to MAX_INTENSITY (as the inputs offer it). */
export const INTENSITY_RANGE = { min: 0, max: MAX_INTENSITY, step: 1 } as const;

export const emptyBeat = (): Beat => ({ type: null, emotion: null, intensity: 0 });

export function defaultShotContent(): ShotContent {
  return {
    scene: '', size: null, angle: null, movement: null, moveAmount: null, transition: 'cut', durationMs: DEFAULT_SHOT_DURATION_MS,
    action: '', dialogue: [], sound: '', notes: '', beat: emptyBeat(), strokes: [], imageAssetId: null,
    clipAssetId: null, clipName: '', clipVolume: DEFAULT_CLIP_VOLUME,
  };
}

const text = (label: string) => z.string({ error: `${label} must be text.` });
const choice = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(', ')}.` });

/**
 * True for a flat [x0, y0, x1, y1, ...] list of finite numbers with at least one point, none
 * further off the panel than the stroke encoding keeps (PATH_LIMIT panel sides).
 */
export function isPointList(value: unknown): value is number[] {
  if (!Array.isArray(value) || value.length < 2 || value.length % 2 !== 0) return false;
  // Number.isFinite is false for anything but a finite number (it does not coerce strings).
  for (let i = 0; i < value.length; i++) {
    if (!Number.isFinite(value[i]) || Math.abs(value[i]) > PATH_LIMIT) return false;
  }
  return true;
}

/** Pressure per point, 0..1, one value for each point. */
function isPressureList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((level) => Number.isFinite(level) && level >= 0 && level <= 1);
}


export const AspectSchema = choice(ASPECTS, 'Aspect ratio');
export const ShotSizeSchema = choice(SHOT_SIZES, 'Shot size');
export const AngleSchema = choice(ANGLES, 'Camera angle');
export const MovementSchema = choice(MOVEMENTS, 'Camera movement');
export const TransitionSchema = choice(TRANSITIONS, 'Transition');
/** How far a camera movement goes in the animatic: 0 (none) to 1 (the most). */
export const MoveAmountSchema = z.number({ error: 'Move amount must be a number from 0 to 1.' }).min(0, 'Move amount must be from 0 to 1.').max(1, 'Move amount must be from 0 to 1.');
/** A sound's volume in the animatic: 0 (silent) to 1 (as recorded). */
export const VolumeSchema = z.number({ error: 'Volume must be a number from 0 to 1.' }).min(0, 'Volume must be from 0 to 1.').max(1, 'Volume must be from 0 to 1.');
export const BeatTypeSchema = choice(BEAT_TYPES, 'Beat type');
export const EmotionSchema = choice(EMOTIONS, 'Emotion');
export const StrokeToolSchema = choice(STROKE_TOOLS, 'Stroke tool');

export const DurationMsSchema = z
  .number({ error: 'Duration must be a number of milliseconds.' })
  .min(0, { error: 'Duration cannot be negative.' });
export const TargetSecondsSchema = z
  .number({ error: 'Target length must be a number of seconds.' })
  .positive({ error: 'Target length must be more than 0 seconds.' });
export const IntensitySchema = z
  .number({ error: 'Intensity must be a number from 0 to 10.' })
  .min(0, { error: 'Intensity must be a number from 0 to 10.' })
  .max(MAX_INTENSITY, { error: 'Intensity must be a number from 0 to 10.' });
/** A BCP 47 tag in its common shapes: `en`, `zh-CN`, `zh-Hant-TW`, `es-419`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const LanguageSchema = z
  .string({ error: 'Language must be a language tag such as en or zh-CN.' })
  .regex(LANGUAGE_TAG, { error: 'Language must be a language tag such as en or zh-CN.' });
export const ColorSchema = z
  .string({ error: 'Colour must be a CSS colour such as #e4572e.' })
  .min(1, { error: 'Colour must be a CSS colour such as #e4572e.' })
  .max(64, { error: 'Colour must be a CSS colour such as #e4572e.' });
const IdSchema = z.string({ error: 'Id must be text.' }).min(1, { error: 'Id cannot be empty.' });

export const BoardMetaSchema = z.object({
  schemaVersion: z.number().int().min(1),
  title: text('Title'),
  logline: text('Logline'),
  language: LanguageSchema,
  aspect: AspectSchema,
  createdAt: z.number().min(0),
});

export const CharacterSchema = z.object({
  id: IdSchema,
  name: text('Name'),
  bio: text('Bio'),
  voice: text('Voice'),
  color: ColorSchema,
});

export const EpisodeSchema = z.object({
  id: IdSchema,
  title: text('Title'),
  order: z.string(),
  targetSeconds: TargetSecondsSchema,
  paywall: z.boolean({ error: 'Paywall must be on or off.' }),
  synopsis: text('Synopsis'),
  soundtrackAssetId: IdSchema.nullable(),
  soundtrackName: text('Soundtrack name'),
  soundtrackVolume: VolumeSchema,
});

export const BeatSchema = z.object({
  type: BeatTypeSchema.nullable(),
  emotion: EmotionSchema.nullable(),
  intensity: IntensitySchema,
});

export const DialogueLineSchema = z.object({
  characterId: IdSchema.nullable(),
  line: text('Dialogue line'),
  parenthetical: text('Parenthetical'),
});

const StrokeStyleShape = {
  id: IdSchema,
  tool: StrokeToolSchema,
  color: ColorSchema,
  width: z
    .number({ error: 'Stroke width must be a number.' })
    .positive({ error: 'Stroke width must be more than 0.' })
    .max(MAX_STROKE_WIDTH, { error: 'Stroke width is a fraction of the panel width, at most 1.' }),
};
const PathSchema = z.custom<Uint8Array>(isEncodedPath, { error: 'Stroke path must be an encoded stroke path.' });

/** A stroke in its plain (read) form: the encoded path of schema version 2. */
export const StrokeSchema = z.object({ ...StrokeStyleShape, path: PathSchema });

export const ShotSchema = z.object({
  id: IdSchema,
  episodeId: IdSchema,
  order: z.string(),
  scene: text('Scene heading'),
  size: ShotSizeSchema.nullable(),
  angle: AngleSchema.nullable(),
  movement: MovementSchema.nullable(),
  moveAmount: MoveAmountSchema.nullable(),
  transition: TransitionSchema,
  durationMs: DurationMsSchema,
  action: text('Action'),
  dialogue: z.array(DialogueLineSchema),
  sound: text('Sound'),
  notes: text('Notes'),
  beat: BeatSchema,
  strokes: z.array(StrokeSchema),
  imageAssetId: IdSchema.nullable(),
  clipAssetId: IdSchema.nullable(),
  clipName: text('Clip name'),
  clipVolume: VolumeSchema,
});

export const ShotContentSchema = ShotSchema.omit({ id: true, episodeId: true, order: true });

/** A whole board as plain data, e.g. a JSON export. */
export const BoardSnapshotSchema = z.object({
  meta: BoardMetaSchema,
  characters: z.record(z.string(), CharacterSchema),
  episodes: z.array(EpisodeSchema),
  shots: z.record(z.string(), ShotSchema),
  shotsByEpisode: z.record(z.string(), z.array(z.string())),
  problems: z.array(z.string()),
});

// Command arguments. Strict, so a misspelt field fails loudly instead of being dropped.
export const MetaPatchSchema = z.strictObject(
  BoardMetaSchema.pick({ title: true, logline: true, language: true, aspect: true }).partial().shape,
);
export const CharacterPatchSchema = z.strictObject(CharacterSchema.omit({ id: true }).partial().shape);
export const EpisodePatchSchema = z.strictObject(EpisodeSchema.omit({ id: true, order: true }).partial().shape);
export const ShotPatchSchema = z.strictObject(
  ShotSchema.pick({
    scene: true, size: true, angle: true, movement: true, moveAmount: true, transition: true, durationMs: true,
    action: true, sound: true, notes: true, imageAssetId: true, clipAssetId: true, clipName: true, clipVolume: true,
  }).partial().shape,
);
/** Intensity is clamped to 0..10 by the commands, so here it only has to be a number. */
export const BeatPatchSchema = z.strictObject({
  type: BeatTypeSchema.nullable().optional(),
  emotion: EmotionSchema.nullable().optional(),
  intensity: z.number({ error: 'Intensity must be a number from 0 to 10.' }).optional(),
});
export const DialogueLinePatchSchema = z.strictObject(DialogueLineSchema.partial().shape);
/**
 * A stroke to add: drawn points (with pressure per point where the tool records it), or the
 * encoded path of an existing stroke (paste, duplicate). Its id may be left out.
 */
export const StrokeInputSchema = z
  .strictObject({
    ...StrokeStyleShape,
    id: IdSchema.optional(),
    // A hand-written check: z.array(z.number()) costs too much on sketches with thousands of points.
    points: z.custom<number[]>(isPointList, { error: 'Stroke points must be a list of x, y numbers.' }).optional(),
    pressure: z.custom<number[]>(isPressureList, { error: 'Stroke pressure must be a list of numbers from 0 to 1.' }).optional(),
    path: PathSchema.optional(),
  })
  .refine((stroke) => (stroke.points === undefined) !== (stroke.path === undefined), {
    error: 'A stroke needs either its points or its path.',
  })
  .refine((stroke) => stroke.pressure === undefined || (stroke.points !== undefined && stroke.pressure.length * 2 === stroke.points.length), {
    error: 'Stroke pressure needs one value per point.',
  });
/** New shot content (add, paste, import): any field may be left out, and so may ids of strokes. */
export const ShotContentInputSchema = z.strictObject({
  ...ShotContentSchema.partial().shape,
  dialogue: z.array(DialogueLinePatchSchema).optional(),
  beat: BeatPatchSchema.optional(),
  strokes: z.array(StrokeInputSchema).optional(),
});

export const clampIntensity = (intensity: number): number => Math.min(Math.max(intensity, 0), MAX_INTENSITY);

/** Parses a command argument, throwing a `ValidationError` with the first problem found. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ValidationError(issue.message, issue.path.join('.'));
}
