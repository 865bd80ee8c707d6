import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../../../model';
import type { ChangeGroup, ShotChangeRow } from './changeGroups';
import { episodeLabel } from './fieldValues';

/** Rows shown per episode before "Show N more": a first version against a big board lists every shot. */
const ROWS_PER_GROUP = 20;

interface ChangeListProps {
  groups: readonly ChangeGroup[];
  /** The row whose detail is open, to mark it. */
  selectedKey: string | null;
  onShot(row: ShotChangeRow): void;
  onEpisode(group: ChangeGroup): void;
}

/** The comparison's changes by episode, in reading order; each row leads to its panel and detail. */
export function ChangeList({ groups, selectedKey, onShot, onEpisode }: ChangeListProps) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="change-list__empty">{t('versionView.compare.none')}</p>;
  return (
    <ol className="change-list">
      {groups.map((group) => (
        <ChangeGroupItem key={group.episodeId} group={group} selectedKey={selectedKey} onShot={onShot} onEpisode={onEpisode} />
      ))}
    </ol>
  );
}

function ChangeGroupItem({ group, selectedKey, onShot, onEpisode }: { group: ChangeGroup } & Omit<ChangeListProps, 'groups'>) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(ROWS_PER_GROUP);
  const name = episodeLabel(group.number, group.title, t);
  const episodeKey = `episode:${group.episodeId}`;
  const hidden = group.shots.length - limit;
  return (
    <li className="change-list__group" data-episode-id={group.episodeId}>
      {group.episode ? (
        <button type="button" className="change-list__row change-list__row--episode" aria-current={selectedKey === episodeKey || undefined}
          onClick={() => onEpisode(group)}>
          <span className="change-list__name">{name}</span>
          <ChangeTag change={group.episode.change} label={t(`versionView.compare.episodeTag.${group.episode.change}`)} />
        </button>
      ) : (
        <h4 className="change-list__heading">{name}</h4>
      )}
      <ul className="change-list__shots">
        {group.shots.slice(0, limit).map((row) => (
          <li key={row.shotId}>
            <button type="button" className="change-list__row" data-shot-id={row.shotId} aria-current={selectedKey === `shot:${row.shotId}` || undefined}
              onClick={() => onShot(row)}>
              <span className="change-list__name">
                {t('versionView.compare.shot', { number: row.number })}
                {row.scene && <span className="change-list__scene"> · {row.scene}</span>}
              </span>
              <ChangeTag change={row.change} label={t(`versionView.compare.tag.${row.change}`)} />
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="button button--small change-list__more" onClick={() => setLimit((value) => value + ROWS_PER_GROUP * 5)}>
          {t('versionView.compare.showMore', { count: hidden })}
        </button>
      )}
    </li>
  );
}

function ChangeTag({ change, label }: { change: ChangeKind; label: string }) {
  return <span className={`change-tag change-tag--${change}`}>{label}</span>;
}
