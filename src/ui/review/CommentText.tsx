import { splitMentions } from '../../model';

/** Comment text as typed (never as HTML), with @mentions of known people highlighted. */
export function CommentText({ text, knownNames }: { text: string; knownNames: readonly string[] }) {
  return (
    <p className="comment__text">
      {splitMentions(text, knownNames).map((part, index) =>
        part.kind === 'mention' ? (
          <span key={index} className="comment__mention">{part.text}</span>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
