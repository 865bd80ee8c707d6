import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTargetSeconds } from '../lib/duration';

interface TargetSecondsInputProps {
  id: string;
  seconds: number;
  onChange(seconds: number): void;
}

/** An episode's target length in seconds; bad input is explained in place and not written. */
export function TargetSecondsInput({ id, seconds, onChange }: TargetSecondsInputProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const [text, setText] = useState(String(seconds));
  const [invalid, setInvalid] = useState(false);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) {
      setText(String(seconds));
      setInvalid(false);
    }
  }, [seconds]);

  return (
    <>
      <span className="input-with-unit">
        <input
          id={id}
          className="input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onFocus={() => (focused.current = true)}
          onBlur={() => {
            focused.current = false;
            const parsed = parseTargetSeconds(text);
            if (parsed.ok) setText(String(parsed.seconds));
            else setInvalid(true);
          }}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const parsed = parseTargetSeconds(next);
            setInvalid(!parsed.ok && parsed.error !== 'empty');
            if (parsed.ok && parsed.seconds !== seconds) onChange(parsed.seconds);
          }}
        />
        <span className="input-unit" aria-hidden="true">
          {t('ui.common.secondsUnit')}
        </span>
      </span>
      {invalid && (
        <p id={errorId} className="field-error" role="alert">
          {t('ui.errors.target')}
        </p>
      )}
    </>
  );
}
