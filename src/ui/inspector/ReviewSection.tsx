import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { useBoard } from '../../hooks/board';
import { ApprovalField } from './ApprovalField';
import { ShotNotes } from '../review/ShotNotes';

/**
 * The review part of the inspector for one selected shot. It sits outside the read-only
 * fieldset, because directors review (approve, note) a board they cannot edit.
 */
export function ReviewSection() {
  const { editor } = useBoardSession();
  const selection = useStore(editor.selection);
  const board = useBoard();
  const shotId = selection.length === 1 && board.shots[selection[0]!] ? selection[0]! : null;
  if (!shotId) return null;
  return (
    <>
      <ApprovalField shotId={shotId} />
      <ShotNotes shotId={shotId} />
    </>
  );
}
