import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSeconds, parseDurationSeconds, MAX_SHOT_SECONDS, type DurationError } from '../lib/duration';

export interface DurationInputProps {
  id?: string;
  ariaLabel?: string;
  /** Milliseconds, or undefined when several shots disagree. */
  valueMs: number | undefined;
  onChange(ms: number): void;
  className?: string;
}

/**
 * Seconds field for a shot's duration. Bad input ("-2", "four") shows the reason right under
 * the field and writes nothing, so the stored duration stays as it was.
 */
export function DurationInput({ id, ariaLabel, valueMs, onChange, className }: DurationInputProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const shown = valueMs === undefined ? '' : formatSeconds(valueMs);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<DurationError | null>(null);
  const focused = useRef(false);

  // Follow the doc while the person is not typing here (undo, a co-writer, another view).
  useEffect(() => {
    if (!focused.current) {
      setText(shown);
      setError(null);
    }
  }, [shown]);

  function handleChange(next: string) {
    setText(next);
    const parsed = parseDurationSeconds(next);
    if (parsed.ok) {
      setError(null);
      if (parsed.ms !== valueMs) onChange(parsed.ms);
    } else {
      // An emptied field is usually mid-edit; it is reported when the person leaves it.
      setError(parsed.error === 'empty' ? null : parsed.error);
    }
  }

  function handleBlur() {
    focused.current = false;
    const parsed = parseDurationSeconds(text);
    if (parsed.ok) setText(formatSeconds(parsed.ms));
    else if (parsed.error === 'empty' && valueMs === undefined) setError(null);
    else setError(parsed.error);
  }

  const message = error === null ? null : error === 'tooLong'
    ? t('ui.errors.durationTooLong', { max: MAX_SHOT_SECONDS })
    : t('ui.errors.duration');

  return (
    <>
      <span className="input-with-unit">
        <input
          id={id}
          aria-label={ariaLabel}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          className={className ?? 'input'}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder={valueMs === undefined ? t('ui.common.mixed') : undefined}
          onFocus={() => (focused.current = true)}
          onBlur={handleBlur}
          onChange={(event) => handleChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && message) {
              // Give up on the bad value and show the stored one again.
              event.stopPropagation();
              setText(shown);
              setError(null);
            }
          }}
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
