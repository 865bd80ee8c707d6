import { useTranslation } from 'react-i18next';
import { IconButton } from '../fields/IconButton';
import type { VersionMeta } from '../../model/versions/types';
import { formatWhen, summaryText, versionTitle } from './versionText';

export interface VersionItemProps {
  version: VersionMeta;
  now: number;
  canRestore: boolean;
  canDelete: boolean;
  onPreview(): void;
  onCompare(): void;
  onRestore(): void;
  onDelete(): void;
}

/** One version: its name or reason, who made it and when, what changed since the one before, and what can be done with it. */
export function VersionItem({ version, now, canRestore, canDelete, onPreview, onCompare, onRestore, onDelete }: VersionItemProps) {
  const { t, i18n } = useTranslation();
  const when = formatWhen(version.createdAt, now, i18n.language);
  const title = versionTitle(t, version);
  return (
    <li className={`version-item version-item--${version.kind}`} aria-label={title}>
      <div className="version-item__head">
        <span className="version-item__title">{title}</span>
        {version.kind === 'auto' && <span className="badge version-item__badge">{t('history.automatic')}</span>}
        {canDelete && version.kind === 'named' && (
          <IconButton label={t('history.deleteVersion', { name: title })} className="icon-button icon-button--danger version-item__delete" onClick={onDelete}>
            ×
          </IconButton>
        )}
      </div>
      <div className="version-item__meta">
        {version.author && (
          <span className="version-item__author">
            <span className="version-item__dot" style={{ background: version.author.color ?? 'var(--color-text-faint)' }} aria-hidden="true" />
            {t('history.by', { name: version.author.name })}
          </span>
        )}
        <time dateTime={new Date(version.createdAt).toISOString()} title={when.absolute}>{when.relative}</time>
      </div>
      <p className="version-item__summary">{summaryText(t, version.summary)}</p>
      <div className="version-item__actions">
        <button type="button" className="button button--small" onClick={onPreview}>{t('history.preview')}</button>
        <button type="button" className="button button--small" onClick={onCompare}>{t('history.compare')}</button>
        {canRestore && <button type="button" className="button button--small" onClick={onRestore}>{t('history.restore')}</button>}
      </div>
    </li>
  );
}
