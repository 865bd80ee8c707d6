import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberedBoard } from '../../hooks/board';
import { useRhythm, useRhythmSettings } from '../../hooks/rhythm';
import { useBoardSession } from '../../hooks/session';
import { showShotOnBoard } from '../../editor/actions/viewActions';
import { DEFAULT_RHYTHM_THRESHOLDS, type BoardSnapshot, type CheckedFinding } from '../../model';
import { downloadBlob, fileNameOf } from '../lib/download';
import { ArcCard } from './ArcCard';
import { FindingItem } from './FindingItem';
import { EndingsMarks, labelEveryFor } from './ArcMarks';
import { drawEndings, seriesSpanMs } from './arcGeometry';
import { renderArcPng } from './arcPng';
import { useArcLabels } from './useArcLabels';
import './arc.css';

const ENDINGS_BOX = { width: 1000, height: 170, pad: 28 };

/**
 * The series at a glance: the curve of episode endings with the paywalls, then every episode
 * as a small multiple on one time scale. Everything leads to its shot on the board.
 */
export default function ArcScreen() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { board, numbers } = useNumberedBoard();
  const { canEdit } = session;
  const report = useRhythm();
  const thresholds = useRhythmSettings()?.thresholds ?? DEFAULT_RHYTHM_THRESHOLDS;
  const labels = useArcLabels(board, numbers);
  const [exporting, setExporting] = useState(false);

  const spanMs = useMemo(() => seriesSpanMs(report.curves.values()), [report]);
  const endings = useMemo(() => drawEndings(board.episodes, report.curves, ENDINGS_BOX), [board.episodes, report]);
  const flagged = useMemo(() => flaggedEndings(report.findings), [report]);
  const guides = [thresholds.endingMinIntensity, thresholds.paywallEndingMinIntensity];
  // No shot has a beat yet (a new board, or one imported from a script): there is no arc to draw.
  const anyBeat = useMemo(() => [...report.curves.values()].some((curve) => curve.opening !== null), [report]);
  const toShot = (shotId: string) => showShotOnBoard(session, shotId);

  const exportPng = async () => {
    setExporting(true);
    try {
      const blob = await renderArcPng({ board, report, thresholds, labels, t });
      downloadBlob(`${fileNameOf(board.meta.title, 'board')}-arc.png`, blob);
    } finally {
      setExporting(false);
    }
  };

  if (board.episodes.length === 0) return <div className="arc-screen"><p className="empty-note">{t('rhythm.arc.empty')}</p></div>;

  return (
    <div className="arc-screen">
      <header className="arc-screen__head">
        <h2 className="arc-screen__title">{t('rhythm.arc.title')}</h2>
        <span className="muted">{t('rhythm.checks.count', { open: report.openCount, dismissed: report.findings.length - report.openCount })}</span>
        <button type="button" className="button button--small" disabled={exporting} onClick={() => void exportPng()}>
          {t('rhythm.arc.exportPng')}
        </button>
      </header>
      <section className="arc-endings" aria-labelledby="arc-endings-title">
        <h3 id="arc-endings-title" className="section-title">{t('rhythm.arc.endings')}</h3>
        <p className="muted arc-endings__hint">{t('rhythm.arc.endingsHint')}</p>
        {anyBeat ? (
          <>
            <svg className="arc-endings__chart" viewBox={`0 0 ${ENDINGS_BOX.width} ${ENDINGS_BOX.height + 8}`} role="img"
              aria-label={t('rhythm.arc.endings')}>
              <EndingsMarks {...endings} width={ENDINGS_BOX.width} guides={guides} labelEvery={labelEveryFor(board.episodes.length)}
                flagged={flagged} paywallLabel={t('rhythm.arc.paywallShort')}
                onEpisode={(mark) => mark.shotId && toShot(mark.shotId)} label={labels.ending} />
            </svg>
            <ul className="arc-endings__legend">
              <li><span className="arc-legend-line" />{`${t('rhythm.rule.open-ending')} ≥ ${thresholds.endingMinIntensity}, ${t('rhythm.rule.paywall-strength')} ≥ ${thresholds.paywallEndingMinIntensity}`}</li>
              <li><span className="arc-legend-line arc-legend-line--paywall" />{t('rhythm.arc.paywallLegend')}</li>
              <li>{t('rhythm.arc.legend')}</li>
            </ul>
          </>
        ) : (
          // Empty axes and thresholds would say nothing; what is missing, and where to add it, does.
          <p className="arc-endings__empty" role="note">{t('rhythm.arc.noBeats')}</p>
        )}
      </section>
      <SeriesFindings findings={report.findings} board={board} numbers={numbers} canEdit={canEdit} />
      <ol className="arc-grid" aria-label={t('rhythm.arc.title')}>
        {board.episodes.map((episode, index) => (
          <ArcCard key={episode.id} episode={episode} number={index + 1} curve={report.curves.get(episode.id)!} spanMs={spanMs}
            findings={report.openByEpisode.get(episode.id) ?? []} strongAt={thresholds.flatMinIntensity} labels={labels} onShot={toShot} />
        ))}
      </ol>
    </div>
  );
}

interface SeriesFindingsProps {
  findings: readonly CheckedFinding[];
  board: BoardSnapshot;
  numbers: Record<string, string>;
  canEdit: boolean;
}

/** Findings about the series as a whole (paywall count and spacing), which no episode card can carry. */
function SeriesFindings({ findings, board, numbers, canEdit }: SeriesFindingsProps) {
  const { t } = useTranslation();
  const series = findings.filter((finding) => finding.episodeId === null);
  if (series.length === 0) return null;
  return (
    <section className="arc-series-findings" aria-labelledby="arc-series-findings-title">
      <h3 id="arc-series-findings-title" className="section-title">{t('rhythm.arc.seriesFindings')}</h3>
      <ul className="arc-series-findings__list">
        {series.map((finding) => <FindingItem key={finding.key} finding={finding} board={board} numbers={numbers} canEdit={canEdit} />)}
      </ul>
    </section>
  );
}

/** Episodes whose ending has an open finding: ringed in red on the endings chart. */
function flaggedEndings(findings: readonly CheckedFinding[]): Set<string> {
  const rules = new Set(['open-ending', 'paywall-strength', 'repeated-endings', 'finale']);
  return new Set(findings.filter((f) => !f.dismissal && f.episodeId && rules.has(f.ruleId) && f.severity !== 'info').map((f) => f.episodeId!));
}
