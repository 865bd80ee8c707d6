import { episodeShotsInOrder, type BoardSnapshot, type Shot } from '../../../model';
import { boardSynopsis, type ParsedScript, type ScriptCharacter, type ScriptEpisode, type ScriptShot } from '../types';
import { profileSimilarity, textProfile } from './textSimilarity';

/** Below this a script shot is a new shot rather than a rewrite of a board shot. */
export const MATCH_THRESHOLD = 0.5;

/** One step through an episode in script order: a board shot kept (maybe updated), or a new one. */
export type ShotStep =
  | { kind: 'match'; shotId: string; script: ScriptShot; changed: boolean }
  | { kind: 'add'; script: ScriptShot };

export interface EpisodePlan {
  /** The board episode the script episode updates; null for an episode new to the board. */
  episodeId: string | null;
  title: string;
  synopsis: string;
  steps: ShotStep[];
  /** Board shots with script text that the script no longer has, in board order. */
  missing: string[];
}

export interface ReimportPlan {
  episodes: EpisodePlan[];
  /** Board episodes the script does not mention; they are left as they are. */
  untouchedEpisodes: string[];
  newCharacters: ScriptCharacter[];
  /** Board characters without a bio that the script gives one. */
  bios: { characterId: string; bio: string }[];
  counts: { updated: number; unchanged: number; added: number; missing: number; newEpisodes: number };
}

/** What a shot says, as compared with a script shot: its action and its dialogue lines. */
export function shotText(action: string, dialogue: { line: string }[]): string {
  return [action, ...dialogue.map((line) => line.line)].join('\n');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Works out how an edited script maps onto a board without changing it. Episodes are matched by
 * title, then by position; within an episode, shots are aligned in order by scene and text
 * similarity (an ordered alignment, so a shot can only match in sequence). Board shots without
 * any text were drawn on the board, not imported, so they are never counted as missing.
 */
export function planReimport(board: BoardSnapshot, script: ParsedScript): ReimportPlan {
  const pairs = pairEpisodes(board, script.episodes);
  const names = (id: string | null) => (id ? board.characters[id]?.name ?? '' : '');
  const episodes = script.episodes.map((episode, index): EpisodePlan => {
    const episodeId = pairs[index] ?? null;
    const shots = episodeId ? episodeShotsInOrder(board, episodeId).map((id) => board.shots[id]!).filter(Boolean) : [];
    const { steps, missing } = alignShots(shots, episode.shots, names);
    return { episodeId, title: episode.title, synopsis: boardSynopsis(script, index), steps, missing };
  });
  const matched = new Set(pairs.filter(Boolean));
  const known = Object.values(board.characters);
  const knownAs = (name: string) => known.find((existing) => sameName(existing.name, name));
  const steps = episodes.flatMap((episode) => episode.steps);
  return {
    episodes,
    untouchedEpisodes: board.episodes.filter((episode) => !matched.has(episode.id)).map((episode) => episode.id),
    newCharacters: script.characters.filter((character) => !knownAs(character.name)),
    bios: script.characters.flatMap(({ name, bio }) => {
      const existing = knownAs(name);
      return existing && bio && !existing.bio.trim() ? [{ characterId: existing.id, bio }] : [];
    }),
    counts: {
      updated: steps.filter((step) => step.kind === 'match' && step.changed).length,
      unchanged: steps.filter((step) => step.kind === 'match' && !step.changed).length,
      added: steps.filter((step) => step.kind === 'add').length,
      missing: episodes.reduce((sum, episode) => sum + episode.missing.length, 0),
      newEpisodes: episodes.filter((episode) => !episode.episodeId).length,
    },
  };
}

/** For each script episode, the board episode it updates: same title first, then same position. */
function pairEpisodes(board: BoardSnapshot, episodes: ScriptEpisode[]): (string | undefined)[] {
  const free = new Set(board.episodes.map((episode) => episode.id));
  const pairs: (string | undefined)[] = episodes.map((episode) => {
    const found = board.episodes.find((candidate) => free.has(candidate.id) && episode.title && sameName(candidate.title, episode.title));
    if (found) free.delete(found.id);
    return found?.id;
  });
  return pairs.map((pair, index) => {
    if (pair) return pair;
    const atSamePlace = board.episodes[index];
    if (atSamePlace && free.has(atSamePlace.id)) {
      free.delete(atSamePlace.id);
      return atSamePlace.id;
    }
    return undefined;
  });
}

/**
 * An ordered alignment (as in sequence alignment) that maximises the summed similarity of
 * matched pairs; pairs under the threshold never match. A shared scene breaks near ties.
 */
function alignShots(shots: Shot[], scripted: ScriptShot[], names: (id: string | null) => string): { steps: ShotStep[]; missing: string[] } {
  const texts = shots.map((shot) => textProfile(shotText(shot.action, shot.dialogue)));
  const scriptTexts = scripted.map((shot) => textProfile(shotText(shot.action, shot.dialogue)));
  const score = (i: number, j: number) => {
    const similarity = profileSimilarity(texts[i]!, scriptTexts[j]!);
    if (similarity < MATCH_THRESHOLD) return -1;
    return similarity + (shots[i]!.scene.trim() === scripted[j]!.scene.trim() ? 0.05 : 0);
  };
  const n = shots.length;
  const m = scripted.length;
  // best[i][j]: the best total for the first i board shots against the first j script shots.
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const scores = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => score(i, j)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const pair = scores[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, pair >= 0 ? best[i - 1]![j - 1]! + pair : -Infinity);
    }
  }
  const steps: ShotStep[] = [];
  const missing: string[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const pair = i > 0 && j > 0 ? scores[i - 1]![j - 1]! : -1;
    if (pair >= 0 && best[i]![j] === best[i - 1]![j - 1]! + pair) {
      const shot = shots[i - 1]!;
      steps.push({ kind: 'match', shotId: shot.id, script: scripted[j - 1]!, changed: differs(shot, scripted[j - 1]!, names) });
      i--;
      j--;
    } else if (j > 0 && (i === 0 || best[i]![j] === best[i]![j - 1])) {
      steps.push({ kind: 'add', script: scripted[j - 1]! });
      j--;
    } else {
      if (texts[i - 1]!.text) missing.push(shots[i - 1]!.id);
      i--;
    }
  }
  return { steps: steps.reverse(), missing: missing.reverse() };
}

function differs(shot: Shot, script: ScriptShot, names: (id: string | null) => string): boolean {
  if (shot.action !== script.action || (script.scene && shot.scene !== script.scene)) return true;
  if ((script.size && !shot.size) || (script.sound && !shot.sound) || (script.notes && !shot.notes)) return true;
  if (shot.dialogue.length !== script.dialogue.length) return true;
  return shot.dialogue.some((line, index) => {
    const other = script.dialogue[index]!;
    return line.line !== other.line || line.parenthetical !== other.parenthetical || !sameName(names(line.characterId), other.character);
  });
}
