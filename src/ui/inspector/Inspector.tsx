import { useTranslation } from 'react-i18next';
import type { Shot } from '../../model/types';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { useNumberedBoard } from '../../hooks/board';
import { DialogueEditor } from './DialogueEditor';
import { ShotFields } from './ShotFields';
import { SketchPreview } from './SketchPreview';

/** Side panel for the selection: one shot in full, several shots by their shared fields. */
export function Inspector() {
  const { t } = useTranslation();
  const { editor } = useBoardSession();
  const selection = useStore(editor.selection);
  const { board, numbers } = useNumberedBoard();

  // A selected shot may have been deleted by a co-writer a moment ago; show what is still there.
  const shots = selection.map((id) => board.shots[id]).filter((shot): shot is Shot => shot !== undefined);

  if (shots.length === 0) {
    return (
      <div className="inspector inspector--empty">
        <div className="empty-state">
          <h2 className="empty-state__title">{t('ui.inspector.emptyTitle')}</h2>
          <p className="empty-state__text">{t('ui.inspector.emptyText')}</p>
          <p className="empty-state__text">{t('ui.inspector.emptyMulti')}</p>
        </div>
      </div>
    );
  }

  if (shots.length > 1) {
    return (
      <div className="inspector">
        <header className="inspector__header">
          <h2 className="inspector__title">{t('ui.inspector.manyTitle', { count: shots.length })}</h2>
          <p className="inspector__hint">{t('ui.inspector.manyHint')}</p>
        </header>
        {/* Remount when the set changes so drafts never carry over between selections. */}
        <ShotFields key={shots.map((s) => s.id).join(',')} shots={shots} />
      </div>
    );
  }

  const shot = shots[0];
  const number = numbers[shot.id] ?? '';
  const episode = board.episodes.find((e) => e.id === shot.episodeId);
  return (
    <div className="inspector">
      <header className="inspector__header">
        <h2 className="inspector__title">{t('ui.inspector.shotTitle', { number })}</h2>
        {episode && <p className="inspector__subtitle">{episode.title}</p>}
      </header>
      <SketchPreview shot={shot} aspect={board.meta.aspect} />
      <ShotFields
        key={shot.id}
        shots={shots}
        dialogueSlot={<DialogueEditor shot={shot} characters={board.characters} />}
      />
    </div>
  );
}
