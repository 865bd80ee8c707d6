import { DEFAULT_MOVE_AMOUNT, type EpisodeField, type ShotField } from '../../../model';
import type { BoardSnapshot, DialogueLine, Episode, Shot } from '../../../model/types';
import { formatSeconds } from '../../lib/duration';

/** i18next's `t`, reduced to what these helpers call, so they stay plain functions to test. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One field of a change, as text on each side; null where that side has no such record. */
export interface FieldValues {
  field: ShotField | EpisodeField;
  label: string;
  before: string | null;
  after: string | null;
}

/** A side of the comparison as a shot's fields are read on it: its board and shot numbers. */
export interface Side {
  board: BoardSnapshot;
  numbers: Record<string, string>;
}

/**
 * A shot's changed fields as text, before → after. The sketch is drawn, not written, so it is
 * left to the caller; `fields` is what `compareBoards` reported.
 */
export function shotFieldValues(
  fields: readonly ShotField[], shotId: string, before: Side, after: Side, t: Translate,
): FieldValues[] {
  const old = before.board.shots[shotId];
  const now = after.board.shots[shotId];
  return fields
    .filter((field) => field !== 'sketch')
    .map((field) => ({
      field,
      label: t(SHOT_FIELD_LABELS[field]),
      before: old ? shotFieldText(field, old, before, t) : null,
      after: now ? shotFieldText(field, now, after, t) : null,
    }));
}

/** The fields worth showing of a shot only one side has (an added or removed shot): those that are set. */
export function filledShotFields(shot: Shot): Exclude<ShotField, 'sketch'>[] {
  const fields: Exclude<ShotField, 'sketch'>[] = [];
  if (shot.scene.trim()) fields.push('scene');
  if (shot.size) fields.push('size');
  if (shot.angle) fields.push('angle');
  if (shot.movement) fields.push('movement');
  if (shot.moveAmount !== null) fields.push('moveAmount');
  if (shot.transition !== 'cut') fields.push('transition');
  fields.push('durationMs');
  if (shot.action.trim()) fields.push('action');
  if (shot.dialogue.some((line) => line.line.trim())) fields.push('dialogue');
  if (shot.sound.trim()) fields.push('sound');
  if (shot.notes.trim()) fields.push('notes');
  if (shot.beat.type || shot.beat.emotion) fields.push('beat');
  if (shot.imageAssetId) fields.push('imageAssetId');
  if (shot.clipAssetId) fields.push('clipAssetId', 'clipVolume');
  return fields;
}

const SHOT_FIELD_LABELS: Record<ShotField, string> = {
  scene: 'ui.fields.scene',
  size: 'ui.fields.size',
  angle: 'ui.fields.angle',
  movement: 'ui.fields.movement',
  moveAmount: 'ui.fields.moveAmount',
  transition: 'ui.fields.transition',
  durationMs: 'ui.fields.duration',
  action: 'ui.fields.action',
  dialogue: 'ui.fields.dialogue',
  sound: 'ui.fields.sound',
  notes: 'ui.fields.notes',
  beat: 'ui.fields.beatType',
  imageAssetId: 'versionView.field.image',
  clipAssetId: 'ui.fields.clip',
  clipVolume: 'ui.fields.clipVolume',
  sketch: 'versionView.field.sketch',
  episodeId: 'versionView.field.episode',
  order: 'versionView.field.position',
};

export function shotFieldText(field: Exclude<ShotField, 'sketch'>, shot: Shot, side: Side, t: Translate): string {
  const none = t('ui.common.notSet');
  switch (field) {
    case 'scene':
    case 'action':
    case 'sound':
    case 'notes':
      return shot[field].trim() || none;
    case 'size':
    case 'angle':
    case 'movement':
      return shot[field] ? t(`ui.${field}.${shot[field]}`) : none;
    case 'moveAmount':
      return shot.moveAmount === null ? t('ui.inspector.moveAmountDefault', { percent: Math.round(DEFAULT_MOVE_AMOUNT * 100) }) : `${Math.round(shot.moveAmount * 100)}%`;
    case 'transition':
      return t(`ui.transition.${shot.transition}`);
    case 'durationMs':
      return `${formatSeconds(shot.durationMs)} ${t('ui.common.secondsUnit')}`;
    case 'dialogue':
      return dialogueText(shot.dialogue, side.board) || none;
    case 'beat': {
      const { type, emotion, intensity } = shot.beat;
      if (!type && !emotion) return none;
      return [
        type ? t(`ui.beatType.${type}`) : none,
        emotion ? t(`ui.emotion.${emotion}`) : none,
        t('versionView.field.intensityValue', { value: intensity }),
      ].join(' · ');
    }
    case 'imageAssetId':
      return shot.imageAssetId ? t('versionView.field.imageSet') : none;
    case 'clipAssetId':
      return shot.clipAssetId ? shot.clipName.trim() || t('versionView.field.soundSet') : none;
    case 'clipVolume':
      return `${Math.round(shot.clipVolume * 100)}%`;
    case 'episodeId':
      return episodeName(side.board, shot.episodeId, t);
    case 'order':
      return t('versionView.field.shotNumber', { number: side.numbers[shot.id] ?? '?' });
  }
}

/** Dialogue as a script prints it, one line each: "LIN YUE (quietly): The owner isn't selling." */
export function dialogueText(lines: readonly DialogueLine[], board: BoardSnapshot): string {
  return lines
    .filter((line) => line.line.trim() !== '')
    .map((line) => {
      const speaker = line.characterId ? board.characters[line.characterId]?.name.trim() ?? '' : '';
      const parenthetical = line.parenthetical.trim() ? ` (${line.parenthetical.trim()})` : '';
      const who = `${speaker}${parenthetical}`.trim();
      return who ? `${who}: ${line.line}` : line.line;
    })
    .join('\n');
}

/** "Episode 3 · The Heiress Returns", or just "Episode 3" for an untitled one. */
export function episodeName(board: BoardSnapshot, episodeId: string, t: Translate): string {
  const index = board.episodes.findIndex((episode) => episode.id === episodeId);
  return episodeLabel(index + 1, board.episodes[index]?.title ?? '', t);
}

/** An episode's number and title, the title left out while it is still the default "Episode 3". */
export function episodeLabel(number: number, title: string, t: Translate): string {
  const numbered = t('ui.series.episodeN', { n: number });
  const trimmed = title.trim();
  return trimmed && trimmed !== numbered ? `${numbered} · ${trimmed}` : numbered;
}

const EPISODE_FIELD_LABELS: Record<EpisodeField, string> = {
  title: 'ui.series.episodeTitle',
  order: 'versionView.field.position',
  targetSeconds: 'ui.series.target',
  paywall: 'ui.series.paywall',
  synopsis: 'ui.series.synopsis',
  soundtrackAssetId: 'ui.series.soundtrack',
  soundtrackVolume: 'ui.series.soundtrackVolume',
};

/**
 * An episode's fields before → after. A changed episode shows the fields that changed; an
 * added or removed one shows all of them, on its one side.
 */
export function episodeFieldValues(
  fields: readonly EpisodeField[], episodeId: string, before: BoardSnapshot, after: BoardSnapshot, t: Translate,
): FieldValues[] {
  const old = before.episodes.find((episode) => episode.id === episodeId);
  const now = after.episodes.find((episode) => episode.id === episodeId);
  const shown: readonly EpisodeField[] = old && now ? fields : ['title', 'targetSeconds', 'paywall', 'synopsis'];
  return shown.map((field) => ({
    field,
    label: t(EPISODE_FIELD_LABELS[field]),
    before: old ? episodeFieldText(field, old, before, t) : null,
    after: now ? episodeFieldText(field, now, after, t) : null,
  }));
}

function episodeFieldText(field: EpisodeField, episode: Episode, board: BoardSnapshot, t: Translate): string {
  switch (field) {
    case 'title':
    case 'synopsis':
      return episode[field].trim() || t('ui.common.notSet');
    case 'order':
      return t('ui.series.episodeN', { n: board.episodes.indexOf(episode) + 1 });
    case 'targetSeconds':
      return `${episode.targetSeconds} ${t('ui.common.secondsUnit')}`;
    case 'paywall':
      return episode.paywall ? t('versionView.field.yes') : t('versionView.field.no');
    case 'soundtrackAssetId':
      return episode.soundtrackAssetId ? episode.soundtrackName.trim() || t('versionView.field.soundSet') : t('ui.common.notSet');
    case 'soundtrackVolume':
      return `${Math.round(episode.soundtrackVolume * 100)}%`;
  }
}
