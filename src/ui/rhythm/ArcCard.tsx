import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, type CheckedFinding, type CurvePoint, type Episode, type EpisodeCurve } from '../../model';
import { CurveMarks } from './ArcMarks';
import { drawCurve } from './arcGeometry';
import { findingMessage, ruleName } from './findingText';
import type { ArcLabels } from './useArcLabels';

export const CARD_BOX = { width: 180, height: 64, pad: 5 };

interface ArcCardProps {
  episode: Episode;
  number: number;
  curve: EpisodeCurve;
  spanMs: number;
  findings: readonly CheckedFinding[];
  strongAt: number;
  labels: ArcLabels;
  onShot(shotId: string): void;
}

/** One episode as a small multiple: its curve, opening, peak and ending, runtime against target. */
export const ArcCard = memo(function ArcCard({ episode, number, curve, spanMs, findings, strongAt, labels, onShot }: ArcCardProps) {
  const { t } = useTranslation();
  const drawing = useMemo(() => drawCurve(curve, CARD_BOX, spanMs), [curve, spanMs]);
  const over = curve.runtimeMs > curve.targetMs;
  const worst = findings.find((f) => f.severity === 'problem') ?? findings.find((f) => f.severity === 'warning') ?? findings[0];
  const title = t('rhythm.arc.episodeCurve', { n: number, title: episode.title || '' });
  const stat = (label: string, point: CurvePoint | null, withType = false) => (
    <button type="button" className="tile-button arc-card__stat" disabled={!point} onClick={() => point && onShot(point.shotId)}
      title={point ? labels.shot(point.shotId) : undefined}>
      <span className="arc-card__stat-label">{label}</span>
      <strong>{point?.intensity ?? '–'}</strong>
      {withType && point?.type && <span className="arc-card__type">{t(`ui.beatType.${point.type}`)}</span>}
    </button>
  );

  return (
    <li className={`arc-card${worst ? ` arc-card--${worst.severity}` : ''}`} aria-label={title} data-episode={episode.id}>
      <div className="arc-card__head">
        <span className="arc-card__number">{number}</span>
        <span className="arc-card__title" title={episode.title}>{episode.title}</span>
        {episode.paywall && (
          <span className="arc-card__paywall" title={t('rhythm.arc.paywall')} role="img" aria-label={t('rhythm.arc.paywall')}>
            <LockIcon />
          </span>
        )}
        {findings.length > 0 && (
          <span className={`arc-card__findings arc-card__findings--${worst!.severity}`} role="img"
            aria-label={t('rhythm.arc.findings', { count: findings.length })}
            title={findings.map((f) => `${ruleName(t, f.ruleId)}: ${findingMessage(t, f)}`).join('\n')}>
            {findings.length}
          </span>
        )}
      </div>
      {curve.points.length === 0 ? (
        <p className="arc-card__empty muted">{t('rhythm.arc.noShots')}</p>
      ) : (
        <svg className="arc-card__chart" viewBox={`0 0 ${CARD_BOX.width} ${CARD_BOX.height}`} role="img" aria-label={title}>
          <CurveMarks drawing={drawing} width={CARD_BOX.width} strongAt={strongAt} onShot={onShot} label={labels.shot} />
        </svg>
      )}
      <div className="arc-card__stats">
        {stat(t('rhythm.arc.opening'), curve.opening)}
        {stat(t('rhythm.arc.peak'), curve.peak)}
        {stat(t('rhythm.arc.ending'), curve.ending, true)}
      </div>
      <span className={over ? 'arc-card__runtime runtime--over' : 'arc-card__runtime'}>
        {t('rhythm.arc.runtime', { runtime: formatDuration(curve.runtimeMs), target: formatDuration(curve.targetMs) })}
      </span>
      {findings.length > 0 && <CardFindings findings={findings} onShot={onShot} />}
    </li>
  );
});

/** How many of an episode's findings a card names; the rest are counted (the Checks tab lists them all). */
const NAMED_FINDINGS = 3;

/** The card's open findings by check, each leading to its shot; the message shows on hover. */
function CardFindings({ findings, onShot }: { findings: readonly CheckedFinding[]; onShot(shotId: string): void }) {
  const { t } = useTranslation();
  const rest = findings.length - NAMED_FINDINGS;
  return (
    // Not a list: the cards are the list items of the grid, and these are a few buttons in one.
    <div className="arc-card__finding-list">
      {findings.slice(0, NAMED_FINDINGS).map((finding) => (
        <button key={finding.key} type="button" className="tile-button arc-card__finding" disabled={!finding.shotId}
          onClick={() => finding.shotId && onShot(finding.shotId)} title={findingMessage(t, finding)}>
          <span className={`severity-dot severity-dot--${finding.severity}`} aria-hidden="true" />
          <span className="visually-hidden">{t(`rhythm.severity.${finding.severity}`)}: </span>
          {ruleName(t, finding.ruleId)}
        </button>
      ))}
      {rest > 0 && <span className="muted arc-card__finding-more">{t('rhythm.arc.moreFindings', { count: rest })}</span>}
    </div>
  );
}

/** A padlock: the paywall falls before this episode (an emoji would need a colour-emoji font). */
export function LockIcon() {
  return (
    <svg width="10" height="12" viewBox="0 0 10 12" aria-hidden="true">
      <path d="M2.5 5V3.5a2.5 2.5 0 0 1 5 0V5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="0.5" y="5" width="9" height="6.5" rx="1.2" fill="currentColor" />
    </svg>
  );
}
