import { useTranslation } from 'react-i18next';
import { formatSeconds, parseDurationSeconds, MAX_SHOT_SECONDS, type DurationError } from '../lib/duration';
import { SecondsBox, useSecondsDraft } from './SecondsBox';

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
  const shown = valueMs === undefined ? '' : formatSeconds(valueMs);
  const { text, setText, problem: error, setProblem: setError, onFocus, blurred } = useSecondsDraft<DurationError>(shown);

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
    blurred();
    const parsed = parseDurationSeconds(text);
    if (parsed.ok) setText(formatSeconds(parsed.ms));
    else if (parsed.error === 'empty' && valueMs === undefined) setError(null);
    else setError(parsed.error);
  }

  const message = error === null ? null : error === 'tooLong'
    ? t('ui.errors.durationTooLong', { max: MAX_SHOT_SECONDS })
    : t('ui.errors.duration');

  return (
    <SecondsBox
      id={id}
      aria-label={ariaLabel}
      message={message}
      className={className}
      inputMode="decimal"
      value={text}
      placeholder={valueMs === undefined ? t('ui.common.mixed') : undefined}
      onFocus={onFocus}
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
  );
}
