import type { Finding, RuleId } from './types';

/**
 * The English wording of every finding, as i18next templates. The interface's English strings
 * are these (src/ui/i18n/locales/rhythm.ts), and the AI prompt words findings with them too,
 * so a check reads the same on a card and in the list. `{{type}}` is a beat type key.
 */
export const RULE_NAMES_EN: Record<RuleId, string> = {
  hook: 'Hook',
  'open-ending': 'Open ending',
  'paywall-strength': 'Paywall strength',
  'paywall-placement': 'Paywall placement',
  'repeated-endings': 'Repeated endings',
  'flat-stretch': 'Flat stretch',
  runtime: 'Runtime',
  finale: 'Finale',
  'missing-beat': 'Missing beat',
};

export const FINDING_MESSAGES_EN = {
  hook: 'No hook in the first {{seconds}} s: open on a hook, reveal, reversal, face-slap, confrontation or betrayal at {{min}} or more.',
  openEndingClosed: 'Ends on a {{type}}, which closes the question: end on a cliffhanger, reveal, reversal or betrayal.',
  openEndingUntyped: 'The last shot has no beat type: end on a cliffhanger, reveal, reversal or betrayal.',
  openEndingWeak: 'Ends at intensity {{intensity}}: an open ending needs {{min}} or more.',
  paywallWeak: 'The last free episode before a paywall ends at {{intensity}}: it needs {{min}} or more to sell the next one.',
  paywallBelowEarlier: "The last free episode before a paywall ends at {{intensity}}, below episode {{episode}}'s {{strongest}}: make it the strongest ending so far.",
  paywallFirstOutside: 'The first paywall falls before episode {{episode}}: the usual place is episodes {{from}}-{{to}}.',
  paywallNone: 'No paywall yet: the first usually falls at episodes {{from}}-{{to}}.',
  paywallTooClose: 'The paywall before episode {{episode}} comes {{gap}} episodes after the one before episode {{previous}}: keep them {{min}} or more apart.',
  paywallCount: '{{count}} paywalls for {{episodes}} episodes: {{min}}-{{max}} suit this length.',
  repeatedEndings: '{{run}} episodes in a row end on a {{type}}: vary the endings.',
  flatStretch: '{{seconds}} s without a beat at {{min}} or more (the limit is {{limit}} s).',
  runtimeOverTarget: 'Runs {{runtime}} s, over its {{target}} s target.',
  runtimeShort: 'Runs {{runtime}} s, under {{min}} s.',
  runtimeLong: 'Runs {{runtime}} s, over {{max}} s.',
  finaleNotStrongest: "The finale ends at {{intensity}}, below episode {{episode}}'s {{strongest}}: end the series on its strongest beat.",
  finaleCliffhanger: 'The finale ends on a cliffhanger: fine if a second season is planned.',
  missingBeat: '{{count}} shot(s) without a beat type.',
} as const satisfies Record<string, string>;

export type FindingMessageKey = keyof typeof FINDING_MESSAGES_EN;

/** A finding in plain English, e.g. for the AI prompt. */
export function describeFinding(finding: Pick<Finding, 'messageKey' | 'params'>): string {
  const template: string = FINDING_MESSAGES_EN[finding.messageKey as FindingMessageKey] ?? finding.messageKey;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(finding.params[name] ?? ''));
}
