import { useEffect, useId, useState } from 'react';
import { parseIntensity } from '../lib/intensity';
import { useTranslation } from 'react-i18next';

export interface IntensityFieldProps {
  /** 0-10, or undefined when several shots disagree. */
  value: number | undefined;
  onChange(next: number): void;
}

/** Beat intensity as a slider for feel and a number box for precision; both write 0-10 only. */
export function IntensityField({ value, onChange }: IntensityFieldProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const errorId = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    setText(value === undefined ? '' : String(value));
    setInvalid(false);
  }, [value]);

  function handleNumber(next: string) {
    setText(next);
    const number = parseIntensity(next);
    setInvalid(number === null && next.trim() !== '');
    if (number !== null && number !== value) onChange(number);
  }

  const label = t('ui.inspector.intensity');
  return (
    <div className="field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        {label}
      </span>
      <div className="intensity">
        <input
          type="range"
          min={0}
          max={10}
          step={1}
          aria-label={label}
          aria-valuetext={value === undefined ? t('ui.common.mixed') : undefined}
          className="intensity__slider"
          value={value ?? 0}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <input
          type="number"
          min={0}
          max={10}
          step={1}
          aria-label={label}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          className="input intensity__number"
          placeholder={value === undefined ? t('ui.common.mixed') : undefined}
          value={text}
          onChange={(event) => handleNumber(event.target.value)}
        />
      </div>
      {invalid && (
        <p id={errorId} className="field-error" role="alert">
          {t('ui.errors.intensity')}
        </p>
      )}
    </div>
  );
}
