import { useTranslation } from 'react-i18next';
import type { BoardSnapshot } from '../../model';
import { firstDialogueText } from '../lib/shotText';

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * The board shots an edited script no longer has, each with a box to delete it. Nothing is
 * ticked at first: a shot may carry a sketch or notes the script knows nothing about.
 */
export function MissingShots({ board, numbers, ids, deleting, onChange }: {
  board: BoardSnapshot;
  numbers: Record<string, string>;
  ids: string[];
  deleting: ReadonlySet<string>;
  onChange(next: ReadonlySet<string>): void;
}) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(deleting);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="missing-shots">
      <legend>{t('importer.update.missing', { count: ids.length })}</legend>
      <ul>
        {ids.map((id) => {
          const shot = board.shots[id];
          if (!shot) return null;
          const drawn = shot.strokes.length > 0 || shot.imageAssetId;
          return (
            <li key={id}>
              <label>
                <input type="checkbox" checked={deleting.has(id)} onChange={(event) => toggle(id, event.target.checked)} />
                {' '}{t('importer.update.deleteShot', { number: numbers[id] ?? '', text: excerpt(shot.action || firstDialogueText(shot, board.characters)) })}
                {drawn && <span className="missing-shots__drawn">{t('importer.update.hasSketch')}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
