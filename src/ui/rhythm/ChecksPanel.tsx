import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberedBoard } from '../../hooks/board';
import { useRhythm } from '../../hooks/rhythm';
import { useBoardSession } from '../../hooks/session';
import { RULE_IDS, type CheckedFinding } from '../../model';
import { EpisodeFilter } from '../fields/EpisodeFilter';
import { downloadText, fileNameOf } from '../lib/download';
import { findingsToCsv } from '../../io/findingsCsv';
import { FindingItem } from './FindingItem';
import { findingMessage, ruleName } from './findingText';

/**
 * Every rhythm finding of the board, filterable by episode and check. Choosing one shows its
 * shot on the board; a writer can dismiss one for its episode, with a reason the room sees.
 */
export function ChecksPanel() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { board, numbers } = useNumberedBoard();
  const report = useRhythm();
  const [episodeId, setEpisodeId] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [showDismissed, setShowDismissed] = useState(false);

  const dismissedCount = report.findings.length - report.openCount;
  const shown = report.findings.filter((finding: CheckedFinding) => {
    if (finding.dismissal && !showDismissed) return false;
    if (episodeId && finding.episodeId !== episodeId) return false;
    if (ruleId && finding.ruleId !== ruleId) return false;
    return true;
  });
  const exportCsv = () => {
    const csv = findingsToCsv(board, report.findings, {
      rule: (finding) => ruleName(t, finding.ruleId),
      severity: (finding) => t(`rhythm.severity.${finding.severity}`),
      message: (finding) => findingMessage(t, finding),
    });
    downloadText(`${fileNameOf(board.meta.title, 'board')}-checks.csv`, csv, 'text/csv;charset=utf-8');
  };

  return (
    <div className="checks-panel">
      <p className="checks-panel__count" aria-live="polite">{t('rhythm.checks.count', { open: report.openCount, dismissed: dismissedCount })}</p>
      <div className="checks-panel__filters">
        <EpisodeFilter id="checks-episode" label={t('rhythm.checks.episode')} allLabel={t('rhythm.checks.allEpisodes')}
          episodes={board.episodes} value={episodeId} onChange={setEpisodeId} />
        <label className="field-label" htmlFor="checks-rule">{t('rhythm.checks.rule')}</label>
        <select id="checks-rule" className="input input--select" value={ruleId} onChange={(event) => setRuleId(event.target.value)}>
          <option value="">{t('rhythm.checks.allRules')}</option>
          {RULE_IDS.map((id) => <option key={id} value={id}>{t(`rhythm.rule.${id}`)}</option>)}
        </select>
        <label className="choice">
          <input type="checkbox" checked={showDismissed} onChange={(event) => setShowDismissed(event.target.checked)} />
          <span>{t('rhythm.checks.showDismissed')}</span>
        </label>
      </div>
      {shown.length === 0 && (
        <p className="empty-note">{report.findings.length === 0 ? t('rhythm.checks.none') : t('rhythm.checks.noneFiltered')}</p>
      )}
      <ul className="checks-panel__list" aria-label={t('rhythm.checks.tab')}>
        {shown.map((finding, index) => (
          <FindingItem key={`${finding.key}:${finding.messageKey}:${finding.shotId ?? index}`} finding={finding} board={board}
            numbers={numbers} canEdit={session.canEdit} />
        ))}
      </ul>
      <div className="checks-panel__export">
        <button type="button" className="button button--small" disabled={report.findings.length === 0} onClick={exportCsv}>
          {t('rhythm.checks.exportCsv')}
        </button>
      </div>
    </div>
  );
}
