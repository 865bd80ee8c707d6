import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';
import { parseIntensity } from '../lib/intensity';
import { useTranslation } from 'react-i18next';
import { INTENSITY_RANGE } from '../../model';

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
          {...INTENSITY_RANGE}
          aria-label={label}
          aria-valuetext={value === undefined ? t('ui.common.mixed') : undefined}
          className="intensity__slider"
          value={value ?? 0}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <IntensityNumber
          label={label}
          text={text}
          invalid={invalid}
          onText={handleNumber}
          aria-describedby={invalid ? errorId : undefined}
          className="input intensity__number"
          placeholder={value === undefined ? t('ui.common.mixed') : undefined}
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

export interface IntensityNumberProps
  extends Pick<InputHTMLAttributes<HTMLInputElement>, 'aria-describedby' | 'className' | 'placeholder' | 'title' | 'onBlur'> {
  label: string;
  text: string;
  /** The text is not an intensity (see parseIntensity); it is marked, and nothing is written. */
  invalid: boolean;
  onText(next: string): void;
}

/** The 0-10 number box of an intensity, as typed; the caller parses and writes. */
export function IntensityNumber({ label, text, invalid, onText, ...input }: IntensityNumberProps) {
  return (
    <input type="number" {...INTENSITY_RANGE} aria-label={label} aria-invalid={invalid || undefined} value={text}
      onChange={(event) => onText(event.target.value)} {...input} />
  );
}
