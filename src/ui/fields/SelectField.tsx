import { useTranslation } from 'react-i18next';
import { labelled, type LabelledProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

const MIXED = '\u0000mixed';

export interface SelectControlProps {
  id?: string;
  ariaLabel?: string;
  describedBy?: string;
  value: string | null;
  options: readonly SelectOption[];
  onChange(next: string | null): void;
  mixed?: boolean;
  /** Label of the empty choice; when omitted a value is required. */
  noneLabel?: string;
  className?: string;
  disabled?: boolean;
}

/** A native select (keyboard and screen reader behaviour for free) with "none" and "Mixed" states. */
export function SelectControl({ id, ariaLabel, describedBy, value, options, onChange, mixed = false, noneLabel, className, disabled }: SelectControlProps) {
  const { t } = useTranslation();
  const current = mixed ? MIXED : (value ?? '');
  // A narrow column cuts a long choice ("MWS · Medium wide shot"): the whole of it on hover.
  const chosen = mixed ? t('ui.common.mixed') : (options.find((option) => option.value === value)?.label ?? noneLabel);
  return (
    <select
      id={id}
      title={chosen}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      className={className ?? 'input input--select'}
      value={current}
      disabled={disabled}
      onChange={(event) => {
        const next = event.target.value;
        if (next === MIXED) return;
        onChange(next === '' ? null : next);
      }}
    >
      {mixed && (
        <option value={MIXED} disabled>
          {t('ui.common.mixed')}
        </option>
      )}
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

export type SelectFieldProps = LabelledProps<SelectControlProps>;

export const SelectField = labelled(SelectControl);
