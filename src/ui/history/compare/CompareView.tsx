import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardCanvas } from '../../../canvas/BoardCanvas';
import type { ChangeMarks } from '../../../canvas/ChangeMarksLayer';
import { revealShot, showEpisodeOnBoard } from '../../../editor/actions/viewActions';
import { BoardSessionContext } from '../../../hooks/session';
import { summaryOfChanges, type VersionMeta, type VersionSnapshot } from '../../../model';
import { VersionBanner } from '../preview/VersionBanner';
import { useVersionKeys } from '../preview/useVersionKeys';
import { versionWhen } from '../preview/versionWhen';
import { versionTitle } from '../versionText';
import { ChangeDetail, type ChangeSelection } from './ChangeDetail';
import { ChangeList } from './ChangeList';
import { episodeLabel } from './fieldValues';
import { frameShot } from './frameShot';
import { useComparison, type CompareTarget, type Comparison } from './useComparison';
import '../preview/versionView.css';

export interface CompareViewProps {
  version: VersionMeta;
  /** The board's versions, newest first: the other side may be any of them. */
  versions: readonly VersionMeta[];
  loadSnapshot(versionId: string): Promise<VersionSnapshot>;
  onBack(): void;
}

const CURRENT = 'current';

/**
 * A version against the board now or another version. The canvas shows the newer side,
 * read-only, with added and changed panels outlined; the list beside it leads to each change.
 */
export default function CompareView({ version, versions, loadSnapshot, onBack }: CompareViewProps) {
  const { t, i18n } = useTranslation();
  const [targetId, setTargetId] = useState<string>(CURRENT);
  const target: CompareTarget = useMemo(() => {
    const other = versions.find((candidate) => candidate.id === targetId);
    return other ? { kind: 'version', version: other } : { kind: 'current' };
  }, [versions, targetId]);
  const state = useComparison(version, target, loadSnapshot);
  const [selection, setSelection] = useState<ChangeSelection | null>(null);
  const session = state.status === 'ready' ? state.comparison.session : null;
  // Escape closes the open detail first, then the comparison.
  const onEscape = useCallback(() => (selection ? setSelection(null) : onBack()), [selection, onBack]);
  useVersionKeys(session, onEscape);

  const label = (side: VersionMeta | null) =>
    side ? t('versionView.compare.versionName', { name: versionTitle(t, side), when: versionWhen(side.createdAt, i18n.language) }) : t('versionView.compare.currentBoard');
  const older = state.status === 'ready' ? state.comparison.older.version : version;
  const newer = state.status === 'ready' ? state.comparison.newer.version : target.kind === 'version' ? target.version : null;
  const message = `${t('versionView.compare.banner', {
    before: older ? versionTitle(t, older) : '', beforeWhen: older ? versionWhen(older.createdAt, i18n.language) : '', after: label(newer),
  })} — ${t('versionView.compare.readOnly')}`;

  return (
    <section className="version-view" aria-label={t('versionView.compare.label')} data-version-id={version.id}>
      <VersionBanner message={message} onBack={onBack}>
        <label className="version-banner__choice">
          <span>{t('versionView.compare.with')}</span>
          <select className="input input--select" value={targetId} onChange={(event) => { setSelection(null); setTargetId(event.target.value); }}>
            <option value={CURRENT}>{t('versionView.compare.withCurrent')}</option>
            {versions.filter((candidate) => candidate.id !== version.id).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>{label(candidate)}</option>
            ))}
          </select>
        </label>
      </VersionBanner>
      {state.status === 'ready' ? (
        <CompareBody comparison={state.comparison} selection={selection} onSelect={setSelection} />
      ) : (
        <div className="version-view__body">
          <p className="version-view__status" role={state.status === 'failed' ? 'alert' : 'status'}>
            {state.status === 'failed' ? t('versionView.failed', { message: state.message }) : t('versionView.loading')}
          </p>
        </div>
      )}
    </section>
  );
}

interface CompareBodyProps {
  comparison: Comparison;
  selection: ChangeSelection | null;
  onSelect(selection: ChangeSelection | null): void;
}

function CompareBody({ comparison, selection, onSelect }: CompareBodyProps) {
  const { t } = useTranslation();
  const { session, groups, older, newer } = comparison;
  const marks: ChangeMarks = useMemo(() => ({
    byShot: comparison.marks,
    removed: comparison.removed.map((spot) => ({ episodeId: spot.episodeId, afterShotId: spot.afterShotId, count: spot.shotIds.length })),
    labels: { added: t('versionView.compare.tag.added'), changed: t('versionView.compare.tag.changed'), removed: t('versionView.compare.tag.removed') },
  }), [comparison.marks, comparison.removed, t]);
  // A removed shot's row leads to the gap it left, when its lane is still there.
  const spotOf = useMemo(() => new Map(comparison.removed.flatMap((spot) => spot.shotIds.map((id) => [id, spot] as const))), [comparison.removed]);
  const summary = useMemo(() => summaryOfChanges(comparison.changes), [comparison.changes]);
  const selectedKey = selection ? (selection.kind === 'shot' ? `shot:${selection.row.shotId}` : `episode:${selection.change.episodeId}`) : null;

  return (
    <div className="version-view__body">
      <div className="version-view__canvas">
        <BoardSessionContext.Provider value={session}>
          <BoardCanvas changeMarks={marks} />
        </BoardSessionContext.Provider>
      </div>
      <aside className="compare-drawer" aria-label={t('versionView.compare.list')}>
        <h3 className="compare-drawer__title">{t('versionView.compare.list')}</h3>
        <p className="compare-drawer__summary">
          {t('versionView.compare.summary', { ...summary.shots })}
          {summary.episodes.added + summary.episodes.changed + summary.episodes.removed > 0 && (
            <><br />{t('versionView.compare.episodeSummary', { ...summary.episodes })}</>
          )}
        </p>
        {selection && (
          <ChangeDetail selection={selection} older={older.side} newer={newer.side} onClose={() => onSelect(null)} />
        )}
        <ChangeList
          groups={groups}
          selectedKey={selectedKey}
          onShot={(row) => {
            onSelect({ kind: 'shot', row });
            if (row.change !== 'removed') return frameShot(session, row.shotId);
            const spot = spotOf.get(row.shotId);
            if (spot?.afterShotId) revealShot(session, spot.afterShotId);
            else if (spot) showEpisodeOnBoard(session, spot.episodeId);
          }}
          onEpisode={(group) => {
            if (!group.episode) return;
            onSelect({ kind: 'episode', change: group.episode, title: episodeLabel(group.number, group.title, t) });
            if (group.episode.change !== 'removed') showEpisodeOnBoard(session, group.episodeId);
          }}
        />
      </aside>
    </div>
  );
}
