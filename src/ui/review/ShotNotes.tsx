import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotes } from '../../hooks/useNotes';
import { useBoardSession } from '../../hooks/session';
import { addComment, canWriteNotes, replyToComment, setCommentResolved, type Comment, type Region } from '../../model';
import { usePeers } from '../presence/usePeers';
import { CommentComposer } from './CommentComposer';
import { CommentText } from './CommentText';

/** A shot's comment threads: open ones first, each with replies, reply and resolve. */
export function ShotNotes({ shotId, region = null, onRegionUsed }: {
  shotId: string;
  /** A region of the panel the next note is pinned to (review mode's region tool). */
  region?: Region | null;
  onRegionUsed?(): void;
}) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { comments } = useNotes();
  const peers = usePeers();
  const mayWrite = canWriteNotes(session.role);
  const author = () => {
    const { id, name, color } = session.presence.identity();
    return { id, name, color };
  };
  const threads = shotThreads(comments, shotId);
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
        <Thread key={comment.id} comment={comment} regionNumber={regionNumber(threads, comment)} knownNames={knownNames} mayWrite={mayWrite}
          onReply={(text) => replyToComment(session.notes, comment.id, author(), text)}
          onResolve={(resolved) => setCommentResolved(session.notes, comment.id, resolved)} />
      ))}
      {mayWrite && region && <p className="field-hint">{t('notes.pinned')}</p>}
      {mayWrite && (
        <CommentComposer label={t('notes.add')} submitLabel={t('notes.addButton')}
          onSubmit={(text) => {
            addComment(session.notes, { shotId, author: author(), text, region });
            onRegionUsed?.();
          }} />
      )}
    </section>
  );
}

/** A shot's threads, open ones first (the order their region numbers follow). */
export function shotThreads(comments: readonly Comment[], shotId: string): Comment[] {
  return comments.filter((comment) => comment.shotId === shotId).sort((a, b) => Number(a.resolved) - Number(b.resolved));
}

/** 1-based number of a thread among the shot's threads that have a region, or 0. */
export function regionNumber(threads: readonly Comment[], comment: Comment): number {
  return comment.region ? threads.filter((thread) => thread.region).indexOf(comment) + 1 : 0;
}

function Thread({ comment, regionNumber, knownNames, mayWrite, onReply, onResolve }: {
  comment: Comment;
  regionNumber: number;
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
        {regionNumber > 0 && <span className="comment__region">{t('notes.region', { n: regionNumber })}</span>}
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
