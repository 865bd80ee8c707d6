import { useId, useState, type FormEvent } from 'react';
import { MAX_BOARD_TITLE_LENGTH } from '../../model/limits';
import { Dialog, DialogActions } from './Dialog';

export interface PromptDialogProps {
  title: string;
  label: string;
  initialValue?: string;
  confirmLabel: string;
  /** Shown when the field is left empty. */
  emptyMessage: string;
  /** Defaults to the longest board title. */
  maxLength?: number;
  onSubmit(value: string): void;
  onCancel(): void;
}

/** Asks for one line of text, e.g. the title of a new board. */
export function PromptDialog({ title, label, initialValue = '', confirmLabel, emptyMessage, maxLength = MAX_BOARD_TITLE_LENGTH, onSubmit, onCancel }: PromptDialogProps) {
  const inputId = useId();
  const errorId = useId();
  const formId = useId();
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) {
      setError(emptyMessage);
      return;
    }
    onSubmit(trimmed);
  }

  return (
    <Dialog
      title={title}
      onClose={onCancel}
      size="small"
      footer={<DialogActions onCancel={onCancel} confirmLabel={confirmLabel} form={formId} />}
    >
      <form id={formId} onSubmit={submit} className="form-stack" noValidate>
        <label htmlFor={inputId} className="field-label">
          {label}
        </label>
        <input
          id={inputId}
          className="input"
          value={value}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            if (error) setError(null);
          }}
          onFocus={(event) => event.currentTarget.select()}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
