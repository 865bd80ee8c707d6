import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMMENT_LENGTH } from '../../model';

/** A note or reply box with a character counter; empty notes cannot be sent. */
export function CommentComposer({ label, submitLabel, onSubmit }: { label: string; submitLabel: string; onSubmit(text: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const empty = text.trim().length === 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (empty) return;
    onSubmit(text);
    setText('');
  };
  return (
    <form className="comment-composer" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={id}>{label}</label>
      <textarea id={id} className="input input--area" rows={2} value={text} placeholder={label}
        maxLength={MAX_COMMENT_LENGTH} onChange={(event) => setText(event.target.value)} />
      <div className="comment-composer__row">
        <span className="muted comment-composer__count" aria-live="polite">
          {t('notes.count', { count: text.length, max: MAX_COMMENT_LENGTH.toLocaleString() })}
        </span>
        <button type="submit" className="button button--small button--primary" disabled={empty}>{submitLabel}</button>
      </div>
    </form>
  );
}
