import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberedBoard } from '../../hooks/board';
import { useNotes } from '../../hooks/useNotes';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { addMark, canApprove, canWriteNotes, eraseMarks, setApproval, shotsInReadingOrder, type ApprovalStatus, type Region } from '../../model';
import { Dialog } from '../dialogs/Dialog';
import { ApprovalField } from '../inspector/ApprovalField';
import { ReviewFrame, type PenTool } from './ReviewFrame';
import { ShotNotes, shotThreads } from './ShotNotes';

const APPROVAL_KEYS: Record<string, ApprovalStatus> = { a: 'approved', c: 'changes', p: 'pending' };

/**
 * Review mode: one shot at a time, large in its frame, with its fields, notes, marks and
 * approval. Arrow keys step through the board; A, C and P set the approval.
 */
export function ReviewMode({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { board, numbers } = useNumberedBoard();
  const notes = useNotes();
  const order = useMemo(() => shotsInReadingOrder(board), [board]);
  const selection = useStore(session.editor.selection);
  const marksHidden = useStore(session.editor.marksHidden);
  const [tool, setTool] = useState<PenTool>('none');
  const [pendingRegion, setPendingRegion] = useState<Region | null>(null);
  const [index, setIndex] = useState(() => Math.max(0, order.indexOf(selection[0] ?? '')));
  const shotId = order[Math.min(index, order.length - 1)];
  const shot = shotId ? board.shots[shotId] : undefined;
  const mayMark = canWriteNotes(session.role);
  // Keys are read here; focus comes back here when a button it was on becomes disabled.
  const containerRef = useRef<HTMLDivElement>(null);

  const go = (step: number) => {
    const next = Math.min(order.length - 1, Math.max(0, index + step));
    setIndex(next);
    setPendingRegion(null);
    if (order[next]) session.editor.selection.set([order[next]!]);
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || (active as HTMLButtonElement).disabled) containerRef.current?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') go(1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') go(-1);
    else if (shotId && canApprove(session.role) && APPROVAL_KEYS[event.key.toLowerCase()] && !event.metaKey && !event.ctrlKey) {
      setApproval(session.notes, shotId, APPROVAL_KEYS[event.key.toLowerCase()]!, session.presence.identity().name);
    } else return;
    event.preventDefault();
  };

  const title = shot ? t('review.mode.title', { number: numbers[shot.id], index: index + 1, count: order.length }) : t('review.mode.empty');
  return (
    <Dialog title={title} onClose={onClose} size="large" initialFocusRef={containerRef}>
      <div ref={containerRef} className="review-mode" tabIndex={-1} onKeyDown={onKeyDown}>
        {shot ? (
          <>
            <div className="review-mode__stage">
              <div className="toggle-row review-mode__tools" role="toolbar" aria-label={t('review.mode.tools')}>
                <button type="button" className="button button--small" onClick={() => go(-1)} disabled={index === 0}>{t('review.mode.previous')}</button>
                <button type="button" className="button button--small" onClick={() => go(1)} disabled={index >= order.length - 1}>{t('review.mode.next')}</button>
                {mayMark && (['pen', 'eraser', 'region'] as const).map((value) => (
                  <button key={value} type="button" className="button button--small" aria-pressed={tool === value}
                    onClick={() => setTool(tool === value ? 'none' : value)}>
                    {t(`review.mode.${value}`)}
                  </button>
                ))}
                <button type="button" className="button button--small" aria-pressed={marksHidden}
                  onClick={() => session.editor.marksHidden.set(!marksHidden)}>
                  {t('review.mode.hideMarks')}
                </button>
              </div>
              <ReviewFrame shot={shot} aspect={board.meta.aspect} marks={notes.marks[shot.id] ?? []} showMarks={!marksHidden} tool={mayMark ? tool : 'none'}
                onMark={(stroke) => addMark(session.notes, shot.id, stroke)}
                onErase={(ids) => eraseMarks(session.notes, shot.id, ids)}
                regions={shotThreads(notes.comments, shot.id).flatMap((comment) => (comment.region ? [comment.region] : []))}
                pendingRegion={pendingRegion}
                onRegion={(region) => {
                  setPendingRegion(region);
                  setTool('none');
                }} />
              <p className="field-hint">{t('review.mode.keys')}</p>
            </div>
            <div className="review-mode__side">
              <p className="review-mode__scene">{shot.scene || '—'}</p>
              {shot.action && <p>{shot.action}</p>}
              {shot.dialogue.map((line, lineIndex) => (
                <p key={lineIndex}>
                  <strong>{(line.characterId && board.characters[line.characterId]?.name) || '—'}</strong>
                  {line.parenthetical && ` (${line.parenthetical})`}: {line.line}
                </p>
              ))}
              <ApprovalField shotId={shot.id} />
              <ShotNotes shotId={shot.id} region={pendingRegion} onRegionUsed={() => setPendingRegion(null)} />
            </div>
          </>
        ) : (
          <p className="empty-note">{t('review.mode.empty')}</p>
        )}
      </div>
    </Dialog>
  );
}
