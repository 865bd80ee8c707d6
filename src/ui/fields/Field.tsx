import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** Render prop so the control gets the label's id and the error's id. */
  children(ids: { id: string; describedBy: string | undefined }): ReactNode;
  error?: string | null;
  hint?: string;
  className?: string;
}

/** Label above a control, with an inline error or hint below it tied by aria-describedby. */
export function Field({ label, children, error, hint, className }: FieldProps) {
  const id = useId();
  const noteId = useId();
  const note = error || hint;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, describedBy: note ? noteId : undefined })}
      {error ? (
        <p id={noteId} className="field-error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={noteId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
