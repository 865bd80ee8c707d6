import { useId, type ComponentType, type ReactNode } from 'react';

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

/** What a bare control takes from the field around it. */
interface LabelledControlProps {
  id?: string;
  ariaLabel?: string;
  describedBy?: string;
  className?: string;
}

/** A labelled field's props: the control's, with a label instead of the ids, and a class for the field. */
export type LabelledProps<P extends LabelledControlProps> = Omit<P, 'id' | 'ariaLabel' | 'describedBy'> & { label: string };

/** The control inside a Field; the class names the field around the control, and the control keeps its own. */
export function labelled<P extends LabelledControlProps>(Control: ComponentType<P>) {
  return function LabelledField({ label, className, ...control }: LabelledProps<P>) {
    return (
      <Field label={label} className={className}>
        {({ id, describedBy }) => <Control {...(control as unknown as P)} id={id} describedBy={describedBy} />}
      </Field>
    );
  };
}
