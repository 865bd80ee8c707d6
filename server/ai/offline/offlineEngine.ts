import type { BeatType, ContextShot, DialogueLine, SuggestionAlternative, SuggestionContext, SuggestionRequest } from '../../../src/model';
import {
  EMOTIONS_OF, LINES, PARENTHETICALS, PAYWALL_REASON, REASONS, registerOf, voiceLine, type Language,
} from './phrasebook';
import { applyAim, rhythmAimFor } from './rhythmAims';

/**
 * The embedded suggestion engine: a microdrama beat grammar with template dialogue, no model.
 * Deterministic for a seed, so a request can be repeated and a test can pin its answer.
 *
 * - An episode's first shot gets a hook; its last an unresolved cliffhanger, strongest in the
 *   paywall episode. Closing alternatives avoid the previous episodes' ending types.
 * - In between, tension builds with the shot's place in the episode and releases after a peak
 *   in the neighbouring beats; the same type as a neighbour is avoided.
 * - A shot under an open rhythm finding (a weak hook, a closed ending, a weak paywall ending, a
 *   flat stretch...) gets beats that clear it, and says which checks they address.
 * - Dialogue uses the speakers of the shot (or its neighbours) and their voice notes, in the
 *   board's language (Chinese for `zh*`, English otherwise).
 */
export function suggestOffline(context: SuggestionContext, request: SuggestionRequest): SuggestionAlternative[] {
  const language: Language = context.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const fallbackNote = language === 'en' && !context.language.toLowerCase().startsWith('en')
    ? ` (English draft: the offline engine writes English and Chinese only.)`
    : '';
  const tone = request.tone ?? {};
  const results: SuggestionAlternative[] = [];
  context.shots.forEach((shot, index) => {
    if (!shot.selected) return;
    const random = seededRandom((request.seed ?? 1) * 7919 + hash(shot.id));
    const before = context.shots[index - 1]?.position.episodeNumber === shot.position.episodeNumber ? context.shots[index - 1] : undefined;
    const after = context.shots[index + 1]?.position.episodeNumber === shot.position.episodeNumber ? context.shots[index + 1] : undefined;
    const episode = context.episodes.find((candidate) => candidate.number === shot.position.episodeNumber);
    const aim = rhythmAimFor(context, shot);
    const types = applyAim(rankedTypes(shot, before, after, episode?.previousEndings ?? [], tone.humour ?? 0.3, random), aim);
    for (let k = 0; k < request.alternatives; k++) {
      // Past the distinct types, alternatives vary the emotion of the best one.
      const type = types[k] ?? types[0]!;
      const emotions = EMOTIONS_OF[type];
      const emotion = emotions[(k < types.length ? 0 : k - types.length + 1) % emotions.length]!;
      const intensity = Math.min(10, Math.max(intensityFor(shot, before, type, tone.intensity ?? 0.5, k), aim.minIntensity));
      const beat = request.kind === 'dialogue' ? null : { type, emotion, intensity };
      const dialogue = request.kind === 'beats' ? null : draftDialogue(context, shot, before, after, type, language, tone.melodrama ?? 0.5, random, k);
      let rationale = REASONS[language][type];
      if (type === 'cliffhanger' && shot.position.isPaywallEpisode) rationale += PAYWALL_REASON[language];
      // Dialogue alone changes no beat, so it clears no rhythm check.
      const addresses = beat ? aim.addresses : [];
      results.push({ shotId: shot.id, beat, dialogue, rationale: rationale + fallbackNote, ...(addresses.length > 0 ? { addresses } : {}) });
    }
  });
  return results;
}

/** Beat types for a shot, best first, all different. */
function rankedTypes(
  shot: ContextShot,
  before: ContextShot | undefined,
  after: ContextShot | undefined,
  previousEndings: BeatType[],
  humour: number,
  random: () => number,
): BeatType[] {
  const { isFirstInEpisode: first, isLastInEpisode: last, shotNumber, shotCount } = shot.position;
  if (last && !first) {
    const others = (['betrayal', 'reveal', 'reversal', 'confrontation'] as BeatType[]).filter((type) => !previousEndings.includes(type));
    return ['cliffhanger', ...others];
  }
  if (first) return ['hook', 'reveal', 'confrontation', 'humiliation', 'setup'];
  const progress = shotCount > 1 ? (shotNumber - 1) / (shotCount - 1) : 0.5;
  const pool: BeatType[] =
    progress < 0.35
      ? ['setup', 'humiliation', 'reveal', 'romance', 'comic']
      : progress < 0.7
        ? ['confrontation', 'reversal', 'humiliation', 'betrayal', 'romance', 'comic']
        : ['face-slap', 'payoff', 'reversal', 'reveal', 'betrayal', 'comic'];
  const neighbours = new Set([before?.beat.type, after?.beat.type]);
  const released = (before?.beat.intensity ?? 0) >= 8;
  const score = (type: BeatType) =>
    (neighbours.has(type) ? -2 : 0) +
    (type === 'comic' ? humour * 2 - 1 + (released ? 1 : 0) : 0) +
    (type === 'romance' && released ? 0.8 : 0) +
    // A little seeded variety between equally good choices.
    random() * 0.6 -
    pool.indexOf(type) * 0.15;
  return [...pool].sort((a, b) => score(b) - score(a));
}

/** Rising with the shot's place, released after a peak, pushed by the tone; 0-10. */
function intensityFor(shot: ContextShot, before: ContextShot | undefined, type: BeatType, toneIntensity: number, alternative: number): number {
  const { shotNumber, shotCount, isLastInEpisode, isFirstInEpisode, isPaywallEpisode } = shot.position;
  let value: number;
  if (isLastInEpisode && !isFirstInEpisode) value = isPaywallEpisode ? 10 : 8;
  else if (isFirstInEpisode) value = 7;
  else {
    const progress = shotCount > 1 ? (shotNumber - 1) / (shotCount - 1) : 0.5;
    value = 3 + progress * 5;
    if ((before?.beat.intensity ?? 0) >= 8) value -= 2;
    if (type === 'comic' || type === 'romance') value -= 1;
  }
  value += (toneIntensity - 0.5) * 4 - alternative * 0.5;
  if (isLastInEpisode && isPaywallEpisode && !isFirstInEpisode) value = Math.max(value, 9);
  return Math.max(0, Math.min(10, Math.round(value)));
}

function draftDialogue(
  context: SuggestionContext,
  shot: ContextShot,
  before: ContextShot | undefined,
  after: ContextShot | undefined,
  type: BeatType,
  language: Language,
  melodrama: number,
  random: () => number,
  alternative: number,
): DialogueLine[] {
  const speaking = [shot, before, after].flatMap((s) => s?.dialogue.map((line) => line.characterId) ?? []).filter((id): id is string => Boolean(id));
  const castIds = context.characters.map((character) => character.id);
  const order = [...new Set([...speaking, ...castIds])];
  const speakerId = order[alternative % Math.max(1, order.length)] ?? null;
  const speaker = context.characters.find((character) => character.id === speakerId);
  const addressee = context.characters.find((character) => character.id !== speakerId);
  const templates = LINES[language][type];
  const template = templates[(Math.floor(random() * templates.length) + alternative) % templates.length]!;
  const toName = addressee?.name ?? (language === 'zh' ? '你' : 'you');
  const raw = template.replace('{to}', toName);
  const line = voiceLine(raw, registerOf(speaker?.voice ?? ''), language);
  const register = melodrama >= 0.6 ? 'melodrama' : melodrama <= 0.4 ? 'restraint' : null;
  const parenthetical = register ? PARENTHETICALS[language][register][Math.floor(random() * 3)]! : '';
  return [{ characterId: speaker?.id ?? null, line, parenthetical }];
}

/** A small fast seeded generator (mulberry32): the same seed gives the same sequence. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}
