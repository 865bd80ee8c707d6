import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotes } from '../../editor/notes/useNotes';
import { useBoardSession } from '../../editor/session';
import { addComment, canWriteNotes, replyToComment, setCommentResolved, type Comment } from '../../model';
import { usePeers } from '../presence/usePeers';
import { CommentComposer } from './CommentComposer';
import { CommentText } from './CommentText';

/** A shot's comment threads: open ones first, each with replies, reply and resolve. */
export function ShotNotes({ shotId }: { shotId: string }) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { comments } = useNotes();
  const peers = usePeers();
  const mayWrite = canWriteNotes(session.role);
  const author = () => {
    const { id, name, color } = session.presence.identity();
    return { id, name, color };
  };
  const threads = comments.filter((comment) => comment.shotId === shotId).sort((a, b) => Number(a.resolved) - Number(b.resolved));
  // Anyone who has been in the room: present now, or wrote a note.
  const knownNames = useMemo(
    () => [...new Set([...peers.map((peer) => peer.user.name), ...comments.flatMap((c) => [c.author.name, ...c.replies.map((r) => r.author.name)])])],
    [peers, comments],
  );
  return (
    <section className="shot-notes" aria-label={t('notes.title')}>
      <h3 className="field-label">{t('notes.title')}</h3>
      {threads.length === 0 && <p className="field-hint">{t('notes.none')}</p>}
      {threads.map((comment) => (
        <Thread key={comment.id} comment={comment} knownNames={knownNames} mayWrite={mayWrite}
          onReply={(text) => replyToComment(session.notes, comment.id, author(), text)}
          onResolve={(resolved) => setCommentResolved(session.notes, comment.id, resolved)} />
      ))}
      {mayWrite && (
        <CommentComposer label={t('notes.add')} submitLabel={t('notes.addButton')}
          onSubmit={(text) => addComment(session.notes, { shotId, author: author(), text })} />
      )}
    </section>
  );
}

function Thread({ comment, knownNames, mayWrite, onReply, onResolve }: {
  comment: Comment;
  knownNames: readonly string[];
  mayWrite: boolean;
  onReply(text: string): void;
  onResolve(resolved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const when = (ms: number) => new Date(ms).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <article className={`comment${comment.resolved ? ' comment--resolved' : ''}`} aria-label={t('notes.threadBy', { name: comment.author.name })}>
      <header className="comment__header">
        <span className="comment__dot" style={{ background: comment.author.color }} aria-hidden="true" />
        <strong>{comment.author.name}</strong>
        <span className="muted">{when(comment.createdAt)}</span>
        {comment.resolved && <span className="comment__resolved">{t('notes.resolved')}</span>}
      </header>
      <CommentText text={comment.text} knownNames={knownNames} />
      {comment.replies.map((reply, index) => (
        <div key={index} className="comment__reply">
          <strong>{reply.author.name}</strong> <span className="muted">{when(reply.createdAt)}</span>
          <CommentText text={reply.text} knownNames={knownNames} />
        </div>
      ))}
      {mayWrite && (
        <>
          {!comment.resolved && <CommentComposer label={t('notes.reply')} submitLabel={t('notes.replyButton')} onSubmit={onReply} />}
          <button type="button" className="button button--small button--ghost" onClick={() => onResolve(!comment.resolved)}>
            {comment.resolved ? t('notes.reopen') : t('notes.resolve')}
          </button>
        </>
      )}
    </article>
  );
}
