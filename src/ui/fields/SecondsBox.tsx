import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The text of a seconds field and the problem with it, following the doc while the person is
 * not typing there (undo, a co-writer, another view) and kept as typed while they are.
 */
export function useSecondsDraft<Problem>(shown: string) {
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<Problem | null>(null);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) {
      setText(shown);
      setProblem(null);
    }
  }, [shown]);

  const onFocus = () => {
    focused.current = true;
  };
  /** Call first when the field loses focus, before checking what was left in it. */
  const blurred = () => {
    focused.current = false;
  };
  return { text, setText, problem, setProblem, onFocus, blurred };
}

export interface SecondsBoxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'aria-invalid' | 'aria-describedby'> {
  /** Shown under the field, which is then marked invalid; null when all is well. */
  message: string | null;
}

/** A text box followed by the seconds unit, with the reason under it when what is typed cannot be used. */
export function SecondsBox({ message, className, ...input }: SecondsBoxProps) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <>
      <span className="input-with-unit">
        <input
          {...input}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          className={className ?? 'input'}
          type="text"
          autoComplete="off"
        />
        <span className="input-unit" aria-hidden="true">
          {t('ui.common.secondsUnit')}
        </span>
      </span>
      {message && (
        <p id={errorId} className="field-error" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
