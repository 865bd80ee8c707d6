import type { TFunction } from 'i18next';
import type { Finding } from '../../model';

/** A finding's message in the interface language; a beat type in it is shown by its label. */
export function findingMessage(t: TFunction, finding: Pick<Finding, 'messageKey' | 'params'>): string {
  const { type, ...params } = finding.params;
  const typeLabel = typeof type === 'string' && type ? t(`ui.beatType.${type}`) : '';
  return t(`rhythm.finding.${finding.messageKey}`, { ...params, type: typeLabel });
}

export function ruleName(t: TFunction, ruleId: string): string {
  return t(`rhythm.rule.${ruleId}`);
}
