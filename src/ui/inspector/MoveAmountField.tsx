import { useTranslation } from 'react-i18next';
import { DEFAULT_MOVE_AMOUNT } from '../../model/animatic';
import { Field } from '../fields/Field';

export interface MoveAmountFieldProps {
  /** 0..1, null for the default amount, undefined when several shots disagree. */
  value: number | null | undefined;
  onChange(next: number | null): void;
}

const percent = (amount: number) => Math.round(amount * 100);

/**
 * How far the camera movement goes in the animatic, as a 0-100% slider. A shot that never set
 * it plays the default amount, which the slider shows and "Default" goes back to (the field
 * is then empty in the doc, so a later change of the default reaches it).
 */
export function MoveAmountField({ value, onChange }: MoveAmountFieldProps) {
  const { t } = useTranslation();
  const shown = value ?? DEFAULT_MOVE_AMOUNT;
  const text = value === undefined
    ? t('ui.common.mixed')
    : value === null
      ? t('ui.inspector.moveAmountDefault', { percent: percent(DEFAULT_MOVE_AMOUNT) })
      : `${percent(value)}%`;
  return (
    <Field label={t('ui.fields.moveAmount')} className="move-amount">
      {({ id, describedBy }) => (
        <div className="move-amount__row">
          <input id={id} type="range" min={0} max={100} step={5} className="move-amount__slider" aria-describedby={describedBy}
            aria-valuetext={text} value={percent(shown)} onChange={(event) => onChange(Number(event.target.value) / 100)} />
          <span className="move-amount__value">{text}</span>
          {value !== null && (
            <button type="button" className="button button--small button--ghost" onClick={() => onChange(null)}>
              {t('ui.inspector.moveAmountReset')}
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
