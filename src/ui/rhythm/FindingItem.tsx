import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { showEpisodeOnBoard, showShotOnBoard } from '../../editor/actions/viewActions';
import { MAX_DISMISSAL_REASON, dismissFinding, restoreFinding, type BoardSnapshot, type CheckedFinding } from '../../model';
import { useRunCommand } from '../hooks/useCommand';
import { findingMessage, ruleName } from './findingText';

interface FindingItemProps {
  finding: CheckedFinding;
  board: BoardSnapshot;
  numbers: Record<string, string>;
  canEdit: boolean;
}

/** One finding: where, which check, what; leads to its shot; dismiss with a reason, or restore. */
export function FindingItem({ finding, board, numbers, canEdit }: FindingItemProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const run = useRunCommand();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const episodeIndex = finding.episodeId ? board.episodes.findIndex((episode) => episode.id === finding.episodeId) : -1;
  const where = episodeIndex >= 0 ? t('rhythm.checks.episodeN', { n: episodeIndex + 1 }) : t('rhythm.checks.series');
  const shot = finding.shotId ? numbers[finding.shotId] : undefined;
  const rule = ruleName(t, finding.ruleId);

  const show = () => {
    if (finding.shotId && board.shots[finding.shotId]) showShotOnBoard(session, finding.shotId);
    else if (finding.episodeId) showEpisodeOnBoard(session, finding.episodeId);
  };
  const dismiss = () => {
    const by = session.presence.identity().name;
    const done = run((doc) => {
      dismissFinding(doc, finding.key, { reason, by });
      return true;
    });
    if (done) setDismissing(false);
  };

  return (
    <li className={`finding finding--${finding.severity}${finding.dismissal ? ' finding--dismissed' : ''}`} data-rule={finding.ruleId}>
      <button type="button" className="finding__main" onClick={show} disabled={!finding.shotId && !finding.episodeId}>
        <span className="finding__where">
          <span className={`severity-dot severity-dot--${finding.severity}`} aria-hidden="true" />
          <span className="visually-hidden">{t(`rhythm.severity.${finding.severity}`)}: </span>
          {where}{shot && ` · ${t('rhythm.checks.shotN', { number: shot })}`} · <strong>{rule}</strong>
        </span>
        <span className="finding__message">{findingMessage(t, finding)}</span>
      </button>
      {finding.dismissal ? (
        <div className="finding__dismissal">
          <span>{t('rhythm.checks.dismissedBy', { name: finding.dismissal.by || '?', reason: finding.dismissal.reason })}</span>
          {canEdit && (
            <button type="button" className="button button--small" onClick={() => run((doc) => restoreFinding(doc, finding.key))}>
              {t('rhythm.checks.restore')}
            </button>
          )}
        </div>
      ) : dismissing ? (
        <form className="finding__dismiss-form" aria-label={t('rhythm.checks.dismissFor', { rule, where })}
          onSubmit={(event) => {
            event.preventDefault();
            dismiss();
          }}>
          <label className="field-label" htmlFor={reasonId}>{t('rhythm.checks.reason')}</label>
          <input id={reasonId} className="input" autoFocus value={reason} maxLength={MAX_DISMISSAL_REASON}
            placeholder={t('rhythm.checks.reasonPlaceholder')} onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDismissing(false);
            }} />
          <div className="finding__actions">
            <button type="submit" className="button button--small button--primary" disabled={!reason.trim()}>{t('rhythm.checks.confirmDismiss')}</button>
            <button type="button" className="button button--small" onClick={() => setDismissing(false)}>{t('rhythm.checks.cancel')}</button>
          </div>
        </form>
      ) : (
        canEdit && (
          <button type="button" className="button button--small finding__dismiss" onClick={() => setDismissing(true)}
            aria-label={t('rhythm.checks.dismissFor', { rule, where })}>
            {t('rhythm.checks.dismiss')}
          </button>
        )
      )}
    </li>
  );
}
