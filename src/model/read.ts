import * as Y from 'yjs';
import { getCharactersMap, getEpisodesMap, getMetaMap, getShotsMap } from './doc';
import { compareByOrder } from './order';
import {
  DEFAULT_CLIP_VOLUME, DEFAULT_SHOT_DURATION_MS, DEFAULT_SOUNDTRACK_VOLUME, DEFAULT_TARGET_SECONDS, LANGUAGE_TAG, MAX_INTENSITY, emptyBeat,
} from './schema';
import { readStrokeList } from './strokes/strokeForms';
import {
  ANGLES, ASPECTS, BEAT_TYPES, EMOTIONS, MOVEMENTS, SHOT_SIZES, TRANSITIONS,
  type Beat, type BoardMeta, type BoardSnapshot, type Character, type DialogueLine, type Episode, type Shot,
  type Stroke,
} from './types';

/**
 * Plain snapshots of the board doc, read leniently: a field with a wrong type becomes its
 * default and a problem is noted; a record that cannot be read at all is skipped and noted. A
 * missing optional field is not a problem (other tools may leave fields out).
 *
 * These checks mirror the zod schemas in `schema.ts` but are hand-written, because reading
 * must stay fast on large boards (see the note there).
 */

// Field checks, made once here rather than as closures per read: reading runs per shot.
type Guard<T> = (value: unknown) => value is T;
const isFiniteNumber: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
const isNonNegative: Guard<number> = (v): v is number => isFiniteNumber(v) && v >= 0;
const isPositive: Guard<number> = (v): v is number => isFiniteNumber(v) && v > 0;
const isVersion: Guard<number> = (v): v is number => Number.isInteger(v) && (v as number) >= 1;
const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
const isFractionOrNull: Guard<number | null> = (v): v is number | null => v === null || (isFiniteNumber(v) && v >= 0 && v <= 1);
const isIdOrNull: Guard<string | null> = (v): v is string | null => v === null || typeof v === 'string';
const isLanguageTag: Guard<string> = (v): v is string => typeof v === 'string' && LANGUAGE_TAG.test(v);
const isColor: Guard<string> = (v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;

function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Y.Text) return 'shared text';
  if (Array.isArray(value) || value instanceof Y.Array) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Reads the fields of one record, noting each unreadable one. Its name for messages is only
 * put together when there is something to report, as most records have nothing wrong.
 */
class FieldReader {
  constructor(
    private readonly map: Y.Map<unknown>,
    private readonly name: string,
    private readonly problems: string[] | undefined,
    private readonly parent?: FieldReader,
  ) {}

  private label(): string {
    return this.parent ? `${this.parent.label()}, ${this.name}` : this.name;
  }

  note(field: string, value: unknown, used: unknown): void {
    this.problems?.push(`${this.label()}: ${field} had ${preview(value)}; using ${preview(used)} instead.`);
  }

  get(key: string): unknown {
    return this.map.get(key);
  }

  /** A reader for a map nested in this record, reporting under this record's name. */
  nested(map: Y.Map<unknown>, name: string): FieldReader {
    return new FieldReader(map, name, this.problems, this);
  }

  check<T>(key: string, fallback: T, isValid: Guard<T>): T {
    const value = this.map.get(key);
    if (value === undefined) return fallback;
    if (isValid(value)) return value;
    this.note(key, value, fallback);
    return fallback;
  }

  string(key: string): string {
    const value = this.map.get(key);
    if (typeof value === 'string') return value;
    if (value !== undefined) this.note(key, value, '');
    return '';
  }

  /** A collaborative text field: a Y.Text; a plain string is read but noted. */
  text(key: string): string {
    const value = this.map.get(key);
    if (value instanceof Y.Text) return value.toString();
    if (value === undefined) return '';
    if (typeof value === 'string') {
      this.problems?.push(`${this.label()}: ${key} is plain text instead of shared text; edits will convert it.`);
      return value;
    }
    this.note(key, value, '');
    return '';
  }

  /** A fraction 0..1 that has a default: missing or null reads as the default, anything else wrong is noted. */
  fraction(key: string, fallback: number): number {
    const value = this.map.get(key);
    if (value === undefined || value === null) return fallback;
    if (isFiniteNumber(value) && value >= 0 && value <= 1) return value;
    this.note(key, value, fallback);
    return fallback;
  }

  choice<T extends string>(key: string, values: readonly T[]): T | null {
    const value = this.map.get(key);
    if (value === undefined || value === null) return null;
    if (values.includes(value as T)) return value as T;
    this.note(key, value, null);
    return null;
  }
}

/** The board's title, or '' when it has none (or not as text); cheaper than `readMeta` for lists and file names. */
export function readBoardTitle(doc: Y.Doc): string {
  const title = getMetaMap(doc).get('title');
  return typeof title === 'string' ? title : '';
}

export function readMeta(doc: Y.Doc, problems?: string[]): BoardMeta {
  const meta = new FieldReader(getMetaMap(doc), 'Board', problems);
  return {
    // A board that never stamped its version was written in the first format.
    schemaVersion: meta.check('schemaVersion', 1, isVersion),
    title: meta.string('title'),
    logline: meta.string('logline'),
    language: meta.check('language', 'en', isLanguageTag),
    aspect: meta.choice('aspect', ASPECTS) ?? '9:16',
    createdAt: meta.check('createdAt', 0, isNonNegative),
  };
}

export function readCharacter(id: string, map: Y.Map<unknown>, problems?: string[]): Character {
  const fields = new FieldReader(map, `Character ${id}`, problems);
  return {
    id,
    name: fields.string('name'),
    bio: fields.string('bio'),
    voice: fields.string('voice'),
    color: fields.check('color', '#888888', isColor),
  };
}

export function readEpisode(id: string, map: Y.Map<unknown>, problems?: string[]): Episode {
  const fields = new FieldReader(map, `Episode ${id}`, problems);
  return {
    id,
    title: fields.string('title'),
    order: fields.string('order'),
    targetSeconds: fields.check('targetSeconds', DEFAULT_TARGET_SECONDS, isPositive),
    paywall: fields.check('paywall', false, isBoolean),
    synopsis: fields.string('synopsis'),
    soundtrackAssetId: fields.check('soundtrackAssetId', null, isIdOrNull),
    soundtrackName: fields.string('soundtrackName'),
    soundtrackVolume: fields.fraction('soundtrackVolume', DEFAULT_SOUNDTRACK_VOLUME),
  };
}

function readBeat(fields: FieldReader): Beat {
  const value = fields.get('beat');
  if (value === undefined) return emptyBeat();
  if (!(value instanceof Y.Map)) {
    fields.note('beat', value, 'no beat');
    return emptyBeat();
  }
  const beat = fields.nested(value, 'beat');
  const intensity = value.get('intensity');
  let clamped = 0;
  if (isFiniteNumber(intensity)) clamped = Math.min(Math.max(intensity, 0), MAX_INTENSITY);
  if (intensity !== undefined && clamped !== intensity) beat.note('intensity', intensity, clamped);
  return { type: beat.choice('type', BEAT_TYPES), emotion: beat.choice('emotion', EMOTIONS), intensity: clamped };
}

function readDialogue(fields: FieldReader): DialogueLine[] {
  const value = fields.get('dialogue');
  if (value === undefined) return [];
  if (!(value instanceof Y.Array)) {
    fields.note('dialogue', value, 'no dialogue');
    return [];
  }
  const lines: DialogueLine[] = [];
  value.forEach((item, index) => {
    if (!(item instanceof Y.Map)) {
      fields.note(`dialogue line ${index + 1}`, item, 'nothing (line skipped)');
      return;
    }
    const line = fields.nested(item, `dialogue line ${index + 1}`);
    lines.push({
      characterId: line.check('characterId', null, isIdOrNull),
      line: line.text('line'),
      parenthetical: line.string('parenthetical'),
    });
  });
  return lines;
}

function readStrokes(fields: FieldReader): Stroke[] {
  const value = fields.get('strokes');
  if (value === undefined) return [];
  if (!(value instanceof Y.Array)) {
    fields.note('strokes', value, 'no sketch');
    return [];
  }
  // Stored strokes are handed out as they are, not copied: Yjs never changes stored content
  // (a stroke is erased, never edited), so they are as read-only as the rest of a snapshot, and
  // an unchanged stroke keeps its identity from one snapshot to the next, which lets the canvas
  // keep its caches. Copying them was most of the time spent reading a heavy board.
  return readStrokeList(value, (dropped) => fields.note('sketch', `${dropped} unreadable stroke(s)`, 'the rest of the sketch'));
}

export function readShot(id: string, map: Y.Map<unknown>, problems?: string[]): Shot {
  const fields = new FieldReader(map, `Shot ${id}`, problems);
  const episodeId = map.get('episodeId');
  if (typeof episodeId !== 'string') fields.note('episode', episodeId, 'no episode');
  return {
    id,
    episodeId: typeof episodeId === 'string' ? episodeId : '',
    order: fields.string('order'),
    scene: fields.string('scene'),
    size: fields.choice('size', SHOT_SIZES),
    angle: fields.choice('angle', ANGLES),
    movement: fields.choice('movement', MOVEMENTS),
    moveAmount: fields.check('moveAmount', null, isFractionOrNull),
    transition: fields.choice('transition', TRANSITIONS) ?? 'cut',
    durationMs: fields.check('durationMs', DEFAULT_SHOT_DURATION_MS, isNonNegative),
    action: fields.text('action'),
    dialogue: readDialogue(fields),
    sound: fields.string('sound'),
    notes: fields.text('notes'),
    beat: readBeat(fields),
    strokes: readStrokes(fields),
    imageAssetId: fields.check('imageAssetId', null, isIdOrNull),
    clipAssetId: fields.check('clipAssetId', null, isIdOrNull),
    clipName: fields.string('clipName'),
    clipVolume: fields.fraction('clipVolume', DEFAULT_CLIP_VOLUME),
  };
}

/**
 * The whole board as plain data. Never throws on a corrupt doc: it returns what it can read,
 * with `problems` saying what was skipped or replaced. References are resolved, so the result
 * has no dangling entries: a shot whose episode is gone is left out (and noted), and a dialogue
 * line whose character was removed has no speaker.
 */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const problems: string[] = [];
  const structure = readStructure(doc, problems);
  const shots: Record<string, Shot> = {};
  getShotsMap(doc).forEach((value, id) => {
    const shot = readVisibleShot(id, value, structure, problems);
    if (shot) shots[id] = shot;
  });
  const shotsByEpisode = groupShotsByEpisode(structure.episodes, shots);
  const { meta, characters, episodes } = structure;
  return { meta, characters, episodes, shots, shotsByEpisode, problems };
}

/** The small part of a board: meta, characters and episodes (sorted), without the shots. */
export type BoardStructure = Pick<BoardSnapshot, 'meta' | 'characters' | 'episodes'> & { episodeIds: ReadonlySet<string> };

export function readStructure(doc: Y.Doc, problems: string[] = []): BoardStructure {
  const meta = readMeta(doc, problems);
  const characters: Record<string, Character> = {};
  getCharactersMap(doc).forEach((value, id) => {
    if (isRecord('Character', id, value, problems)) characters[id] = readCharacter(id, value, problems);
  });
  const episodes: Episode[] = [];
  getEpisodesMap(doc).forEach((value, id) => {
    if (isRecord('Episode', id, value, problems)) episodes.push(readEpisode(id, value, problems));
  });
  episodes.sort(compareByOrder);
  return { meta, characters, episodes, episodeIds: new Set(episodes.map((episode) => episode.id)) };
}

/**
 * One entry of the shots map as the board shows it, or null when it cannot be shown: not a
 * shot map, or a shot of an episode that does not exist. Speakers that are not characters of
 * the board read as no speaker.
 */
export function readVisibleShot(id: string, value: unknown, structure: BoardStructure, problems: string[] = []): Shot | null {
  if (!isRecord('Shot', id, value, problems)) return null;
  return visibleShot(readShot(id, value, problems), structure, problems);
}

/** A read shot as the board shows it (`readVisibleShot`), or null when its episode does not exist. */
export function visibleShot(shot: Shot, structure: BoardStructure, problems: string[] = []): Shot | null {
  if (structure.episodeIds.has(shot.episodeId)) return withKnownSpeakers(shot, structure.characters);
  if (shot.episodeId) problems.push(`Shot ${shot.id} belongs to episode ${shot.episodeId}, which does not exist; it is hidden.`);
  return null;
}

/**
 * Shot ids per episode, each list in order (by key, then id), with an entry for every episode.
 * Shots of an episode not in `episodes` are left out.
 */
export function groupShotsByEpisode(episodes: readonly Episode[], shots: Record<string, Shot>): Record<string, string[]> {
  const lanes: Record<string, string[]> = {};
  for (const episode of episodes) lanes[episode.id] = [];
  for (const shot of Object.values(shots)) {
    if (Object.hasOwn(lanes, shot.episodeId)) lanes[shot.episodeId].push(shot.id);
  }
  for (const lane of Object.values(lanes)) lane.sort((a, b) => compareByOrder(shots[a], shots[b]));
  return lanes;
}

/** Dialogue pointing at a character that was removed (possibly by a peer at the same moment) has no speaker. */
function withKnownSpeakers(shot: Shot, characters: Record<string, Character>): Shot {
  const known = (line: DialogueLine) => line.characterId === null || Object.hasOwn(characters, line.characterId);
  if (shot.dialogue.every(known)) return shot;
  return { ...shot, dialogue: shot.dialogue.map((line) => (known(line) ? line : { ...line, characterId: null })) };
}

/**
 * True for an entry that can be read as a record; anything else is noted and skipped. The id
 * `__proto__` is skipped too: it cannot be a key of a plain object, and no Beatboard client
 * creates it.
 */
function isRecord(kind: string, id: string, value: unknown, problems: string[]): value is Y.Map<unknown> {
  if (value instanceof Y.Map && id !== '__proto__') return true;
  const reason = value instanceof Y.Map ? 'its id is reserved' : `it holds ${preview(value)}, not a record`;
  problems.push(`${kind} ${id} was skipped: ${reason}.`);
  return false;
}
