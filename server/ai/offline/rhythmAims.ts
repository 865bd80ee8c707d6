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

export function rhythmAimFor(context: SuggestionContext, shot: ContextShot): RhythmAim {
  const aim: RhythmAim = { types: [], avoid: [], minIntensity: 0, addresses: [] };
  const allow = (types: BeatType[]) => {
    aim.types = aim.types.length === 0 ? types : aim.types.filter((type) => types.includes(type));
  };
  for (const finding of context.findings ?? []) {
    if (!appliesTo(finding, shot)) continue;
    const { params } = finding;
    switch (finding.ruleId) {
      case 'hook':
        allow(HOOKS);
        aim.minIntensity = Math.max(aim.minIntensity, number(params.min));
        break;
      case 'open-ending':
        allow(OPEN_ENDINGS);
        aim.minIntensity = Math.max(aim.minIntensity, number(params.min));
        break;
      case 'paywall-strength':
        allow(OPEN_ENDINGS);
        aim.minIntensity = Math.max(aim.minIntensity, number(params.min), number(params.strongest));
        break;
      case 'repeated-endings':
        allow(OPEN_ENDINGS);
        if (typeof params.type === 'string') aim.avoid.push(params.type as BeatType);
        break;
      case 'finale':
        // Only "not the strongest" asks for something; ending open is a choice (info).
        if (finding.severity === 'info') continue;
        aim.minIntensity = Math.max(aim.minIntensity, number(params.strongest));
        break;
      case 'flat-stretch':
        allow(STRONG);
        aim.minIntensity = Math.max(aim.minIntensity, number(params.min));
        break;
      default:
        continue;
    }
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
