import { useTranslation } from 'react-i18next';
import type { EpisodeChange, ShotChangeRow } from './changeGroups';
import { episodeFieldValues, filledShotFields, shotFieldValues, type FieldValues, type Side, type Translate } from './fieldValues';
import { SketchThumb } from './SketchThumb';

/** What the detail shows: one shot's change, or one episode's. */
export type ChangeSelection =
  | { kind: 'shot'; row: ShotChangeRow }
  | { kind: 'episode'; change: EpisodeChange; title: string };

interface ChangeDetailProps {
  selection: ChangeSelection;
  older: Side;
  newer: Side;
  onClose(): void;
}

/** One change, field by field before → after, with a changed sketch drawn on both sides. */
export function ChangeDetail({ selection, older, newer, onClose }: ChangeDetailProps) {
  const { t } = useTranslation();
  const title = selection.kind === 'shot' ? t('versionView.compare.shot', { number: selection.row.number }) : selection.title;
  return (
    <section className="change-detail" aria-label={t('versionView.detail.label')}>
      <header className="change-detail__header">
        <h3 className="change-detail__title">{title}</h3>
        <button type="button" className="button button--small" onClick={onClose}>{t('versionView.detail.close')}</button>
      </header>
      {selection.kind === 'shot' ? <ShotDetail row={selection.row} older={older} newer={newer} /> : (
        <>
          {selection.change.change === 'removed' && <p className="change-detail__note">{t('versionView.compare.episodeNotOnBoard')}</p>}
          <FieldTable rows={episodeFieldValues(selection.change.fields, selection.change.episodeId, older.board, newer.board, t)} />
        </>
      )}
    </section>
  );
}

function ShotDetail({ row, older, newer }: { row: ShotChangeRow; older: Side; newer: Side }) {
  const { t } = useTranslation();
  const before = older.board.shots[row.shotId];
  const after = newer.board.shots[row.shotId];
  const fields = row.change === 'changed' ? shotFieldValues(row.fields, row.shotId, older, newer, t) : oneSided(row, older, newer, t);
  const sketchChanged = row.change !== 'changed' || row.fields.includes('sketch') || row.fields.includes('imageAssetId');
  const aspect = newer.board.meta.aspect;
  return (
    <>
      {row.change === 'removed' && <p className="change-detail__note">{t('versionView.compare.notOnBoard')}</p>}
      {sketchChanged && (
        <div className="change-detail__sketches">
          {before && <SketchThumb shot={before} aspect={older.board.meta.aspect} label={t('versionView.detail.before')} />}
          {after && <SketchThumb shot={after} aspect={aspect} label={t('versionView.detail.after')} />}
        </div>
      )}
      <FieldTable rows={fields} />
    </>
  );
}

/** An added or removed shot is on one side only: its filled fields, the other side left empty. */
function oneSided(row: ShotChangeRow, older: Side, newer: Side, t: Translate): FieldValues[] {
  const shot = (row.change === 'removed' ? older : newer).board.shots[row.shotId];
  return shot ? shotFieldValues(filledShotFields(shot), row.shotId, older, newer, t) : [];
}

function FieldTable({ rows }: { rows: readonly FieldValues[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <table className="change-detail__fields">
      <thead>
        <tr>
          <th scope="col"><span className="visually-hidden">{t('versionView.detail.label')}</span></th>
          <th scope="col">{t('versionView.detail.before')}</th>
          <th scope="col">{t('versionView.detail.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} data-field={row.field}>
            <th scope="row">{row.label}</th>
            <td className={row.before === null ? 'change-detail__none' : undefined}>{row.before ?? t('versionView.detail.none')}</td>
            <td className={row.after === null ? 'change-detail__none' : undefined}>{row.after ?? t('versionView.detail.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
