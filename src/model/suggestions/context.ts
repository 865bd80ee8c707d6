import type * as Y from 'yjs';
import { episodeShotsInOrder, shotNumbers, shotsInReadingOrder } from '../derived';
import { ValidationError } from '../errors';
import { readBoard } from '../read';
import { analyseBoard } from '../rhythm/analyse';
import { describeFinding } from '../rhythm/messages';
import { readRhythmSettings } from '../rhythm/settings';
import type { BeatType, BoardSnapshot, Shot } from '../types';
import type { ContextCharacter, ContextEpisode, ContextFinding, ContextShot, SuggestionContext, SuggestionRequest } from './types';

/** Neighbours sent on each side of a selected shot, within its episode. */
const NEIGHBOURS = 2;
/** Episodes whose endings are listed, so a suggestion does not repeat their cliffhanger. */
const PREVIOUS_ENDINGS = 3;
const DEFAULT_MAX_CHARS = 12_000;
// Texts are cut to this length before anything else is dropped.
const LONG_TEXT = 400;

/**
 * What a provider is told for one request, built from the board alone (pure, so the UI can
 * show exactly what was sent): the logline, the cast involved, each involved episode's
 * synopsis and place, the selected shots and two neighbours each side. Over the budget,
 * neighbours farthest from a selected shot go first, then characters who do not speak, then
 * long texts are shortened; a selected shot is never dropped.
 */
export function buildSuggestionContext(
  doc: Y.Doc,
  request: SuggestionRequest,
  budget: { maxChars?: number } = {},
): SuggestionContext {
  const board = readBoard(doc);
  const numbers = shotNumbers(board);
  const selected = new Set(request.shotIds.filter((id) => board.shots[id] && board.shotsByEpisode[board.shots[id]!.episodeId]));
  if (selected.size === 0) throw new ValidationError('None of the selected shots is on the board any more.', 'shotIds');

  // Every shot to send, with its distance to the nearest selected shot (0 for selected ones).
  const distance = new Map<string, number>();
  for (const episode of board.episodes) {
    const lane = episodeShotsInOrder(board, episode.id);
    lane.forEach((id, index) => {
      if (!selected.has(id)) return;
      for (let offset = -NEIGHBOURS; offset <= NEIGHBOURS; offset++) {
        const neighbour = lane[index + offset];
        if (neighbour) distance.set(neighbour, Math.min(distance.get(neighbour) ?? Infinity, Math.abs(offset)));
      }
    });
  }
  let shotIds = shotsInReadingOrder(board).filter((id) => distance.has(id));

  const speakers = new Set<string>();
  const shotsOut = () => shotIds.map((id) => contextShot(board, board.shots[id]!, numbers[id] ?? '', selected.has(id)));
  for (const id of shotIds) for (const line of board.shots[id]!.dialogue) if (line.characterId) speakers.add(line.characterId);
  const cast = Object.values(board.characters);
  let characters: ContextCharacter[] = [
    ...cast.filter((c) => speakers.has(c.id)),
    ...cast.filter((c) => !speakers.has(c.id)),
  ].map(({ id, name, bio, voice }) => ({ id, name, bio, voice }));

  const involvedEpisodes = new Set(shotIds.map((id) => board.shots[id]!.episodeId));
  const episodes: ContextEpisode[] = board.episodes
    .map((episode, index) => ({ episode, index }))
    .filter(({ episode }) => involvedEpisodes.has(episode.id))
    .map(({ episode, index }) => ({
      id: episode.id,
      number: index + 1,
      title: episode.title,
      synopsis: episode.synopsis,
      paywall: episode.paywall,
      previousEndings: previousEndings(board, index),
    }));

  const findings = openFindings(doc, board, involvedEpisodes, numbers);
  const trimmed = { shots: 0, characters: 0 };
  const maxChars = budget.maxChars ?? DEFAULT_MAX_CHARS;
  const build = (shorten = false): SuggestionContext => {
    const context = {
      title: board.meta.title,
      logline: board.meta.logline,
      language: board.meta.language,
      characters,
      episodes,
      shots: shotsOut(),
      findings,
      trimmed: { ...trimmed },
    };
    return shorten ? shortenTexts(context) : context;
  };
  const size = (context: SuggestionContext) => JSON.stringify(context).length;

  let context = build();
  // Farthest neighbours first, the latest in board order first among equals.
  while (size(context) > maxChars) {
    const farthest = Math.max(...shotIds.map((id) => distance.get(id)!));
    if (farthest === 0) break;
    const drop = [...shotIds].reverse().find((id) => distance.get(id) === farthest)!;
    shotIds = shotIds.filter((id) => id !== drop);
    trimmed.shots++;
    context = build();
  }
  while (size(context) > maxChars && characters.length > 0 && !speakers.has(characters[characters.length - 1]!.id)) {
    characters = characters.slice(0, -1);
    trimmed.characters++;
    context = build();
  }
  if (size(context) > maxChars) context = build(true);
  return context;
}

/** The open rhythm findings of the involved episodes, with the board's own thresholds. */
function openFindings(doc: Y.Doc, board: BoardSnapshot, episodeIds: ReadonlySet<string>, numbers: Record<string, string>): ContextFinding[] {
  const number = new Map(board.episodes.map((episode, index) => [episode.id, index + 1]));
  return analyseBoard(board, readRhythmSettings(doc))
    .findings.filter((finding) => !finding.dismissal && finding.episodeId && episodeIds.has(finding.episodeId))
    .map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      episodeNumber: number.get(finding.episodeId!) ?? 0,
      shotId: finding.shotId,
      shotNumber: finding.shotId ? numbers[finding.shotId] ?? null : null,
      message: describeFinding(finding),
      params: finding.params,
    }));
}

function contextShot(board: BoardSnapshot, shot: Shot, number: string, selected: boolean): ContextShot {
  const lane = episodeShotsInOrder(board, shot.episodeId);
  const index = lane.indexOf(shot.id);
  const episodeIndex = board.episodes.findIndex((episode) => episode.id === shot.episodeId);
  return {
    id: shot.id,
    number,
    scene: shot.scene,
    action: shot.action,
    dialogue: shot.dialogue.map((line) => ({
      speaker: (line.characterId && board.characters[line.characterId]?.name) || '',
      characterId: line.characterId,
      line: line.line,
      parenthetical: line.parenthetical,
    })),
    beat: { ...shot.beat },
    position: {
      episodeNumber: episodeIndex + 1,
      episodeCount: board.episodes.length,
      shotNumber: index + 1,
      shotCount: lane.length,
      isFirstInEpisode: index === 0,
      isLastInEpisode: index === lane.length - 1,
      isPaywallEpisode: board.episodes[episodeIndex]?.paywall ?? false,
    },
    selected,
  };
}

/** The beat types that closed the episodes before this one, most recent first. */
function previousEndings(board: BoardSnapshot, episodeIndex: number): BeatType[] {
  const endings: BeatType[] = [];
  for (let index = episodeIndex - 1; index >= 0 && endings.length < PREVIOUS_ENDINGS; index--) {
    const lane = episodeShotsInOrder(board, board.episodes[index]!.id);
    const last = lane.length > 0 ? board.shots[lane[lane.length - 1]!] : undefined;
    if (last?.beat.type) endings.push(last.beat.type);
  }
  return endings;
}

function shortenTexts(context: SuggestionContext): SuggestionContext {
  const cut = (text: string) => (text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT)}…` : text);
  return {
    ...context,
    logline: cut(context.logline),
    characters: context.characters.map((c) => ({ ...c, bio: cut(c.bio), voice: cut(c.voice) })),
    episodes: context.episodes.map((e) => ({ ...e, synopsis: cut(e.synopsis) })),
    shots: context.shots.map((s) => ({ ...s, action: cut(s.action) })),
  };
}
