import { useTranslation } from 'react-i18next';
import { labelled, type LabelledProps } from './Field';
import { useDraftText } from './useDraftText';

export interface DraftTextProps {
  id?: string;
  /** Accessible name when there is no visible label (table cells). */
  ariaLabel?: string;
  describedBy?: string;
  value: string;
  onChange(next: string): void;
  /** Several records disagree: the field starts empty and says "Mixed". */
  mixed?: boolean;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  className?: string;
}

/** The bare control, for places that label it themselves (e.g. a shot list cell). */
export function DraftText({ id, ariaLabel, describedBy, value, onChange, mixed, multiline, rows = 3, placeholder, maxLength, className }: DraftTextProps) {
  const { t } = useTranslation();
  const shown = mixed ? '' : value;
  const hint = mixed ? t('ui.common.mixed') : placeholder;
  // One draft serves either element; the intersection type lets its ref fit both.
  const draft = useDraftText<HTMLInputElement & HTMLTextAreaElement>(shown, onChange);
  const common = {
    id,
    'aria-label': ariaLabel,
    'aria-describedby': describedBy,
    placeholder: hint,
    maxLength,
    spellCheck: multiline,
  };
  if (multiline) {
    return <textarea {...common} {...draft} rows={rows} className={className ?? 'input input--area'} />;
  }
  return <input {...common} {...draft} type="text" className={className ?? 'input'} />;
}

export type TextFieldProps = LabelledProps<DraftTextProps>;

/** A labelled text input or textarea that writes on every change without losing the caret. */
export const TextField = labelled(DraftText);
