import type { BeatType, ContextFinding, ContextShot, RuleId, SuggestionContext } from '../../../src/model';

/**
 * What the open rhythm findings ask of one shot's beat, for the offline engine: which types
 * would clear them, which to avoid, and how strong the beat must be. A finding about an
 * episode's ending applies to its last shot; the hook to its first; the others to the shot
 * they point at. Runtime and missing-beat findings are not the beat's business here (the
 * engine always proposes a typed beat, and durations are not suggested).
 */
export interface RhythmAim {
  /** Allowed types in order of preference; empty = any. */
  types: BeatType[];
  avoid: BeatType[];
  minIntensity: number;
  addresses: RuleId[];
}

const HOOKS: BeatType[] = ['hook', 'reveal', 'confrontation', 'face-slap', 'reversal', 'betrayal'];
const OPEN_ENDINGS: BeatType[] = ['cliffhanger', 'reveal', 'reversal', 'betrayal'];
const STRONG: BeatType[] = ['confrontation', 'reversal', 'reveal', 'face-slap', 'betrayal', 'humiliation'];
const ENDING_RULES: ReadonlySet<RuleId> = new Set(['open-ending', 'paywall-strength', 'repeated-endings', 'finale']);

const number = (value: string | number | undefined) => (typeof value === 'number' ? value : 0);

function appliesTo(finding: ContextFinding, shot: ContextShot): boolean {
  if (finding.episodeNumber !== shot.position.episodeNumber) return false;
  if (ENDING_RULES.has(finding.ruleId)) return shot.position.isLastInEpisode;
  if (finding.ruleId === 'hook') return shot.position.isFirstInEpisode;
  return finding.shotId === shot.id;
}

/**
 * What each check asks of the beat: types that clear it, the finding values the intensity
 * must reach, and whether its beat type (`params.type`) is the one to avoid.
 */
const ASKS: Partial<Record<RuleId, { types?: BeatType[]; reach?: string[]; avoidItsType?: boolean }>> = {
  hook: { types: HOOKS, reach: ['min'] },
  'open-ending': { types: OPEN_ENDINGS, reach: ['min'] },
  'paywall-strength': { types: OPEN_ENDINGS, reach: ['min', 'strongest'] },
  'repeated-endings': { types: OPEN_ENDINGS, avoidItsType: true },
  finale: { reach: ['strongest'] },
  'flat-stretch': { types: STRONG, reach: ['min'] },
};

export function rhythmAimFor(context: SuggestionContext, shot: ContextShot): RhythmAim {
  const aim: RhythmAim = { types: [], avoid: [], minIntensity: 0, addresses: [] };
  for (const finding of context.findings ?? []) {
    const ask = ASKS[finding.ruleId];
    // Info (a finale ending open on purpose) asks for nothing.
    if (!ask || finding.severity === 'info' || !appliesTo(finding, shot)) continue;
    if (ask.types) aim.types = aim.types.length === 0 ? ask.types : aim.types.filter((type) => ask.types!.includes(type));
    for (const name of ask.reach ?? []) aim.minIntensity = Math.max(aim.minIntensity, number(finding.params[name]));
    if (ask.avoidItsType && typeof finding.params.type === 'string') aim.avoid.push(finding.params.type as BeatType);
    if (!aim.addresses.includes(finding.ruleId)) aim.addresses.push(finding.ruleId);
  }
  return aim;
}

/** The engine's ranking, narrowed to what the findings allow (their own order when none is left). */
export function applyAim(ranked: BeatType[], aim: RhythmAim): BeatType[] {
  const allowed = (type: BeatType) => (aim.types.length === 0 || aim.types.includes(type)) && !aim.avoid.includes(type);
  const kept = ranked.filter(allowed);
  const extra = aim.types.filter((type) => allowed(type) && !kept.includes(type));
  const result = [...kept, ...extra];
  return result.length > 0 ? result : ranked;
}
