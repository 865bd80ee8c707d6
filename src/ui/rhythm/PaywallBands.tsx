import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPaywallCountBands, type PaywallCountBand } from '../../model';

const FIELDS = ['minEpisodes', 'maxEpisodes', 'minPaywalls', 'maxPaywalls'] as const;
type BandField = (typeof FIELDS)[number];

/**
 * The paywall-count bands of the Rhythm section: for a series of so many episodes, so many
 * paywalls. Each number is edited in place; a change is stored once the whole list is valid
 * (whole numbers, each "from" no more than its "to").
 */
export function PaywallBands({ bands, onChange }: { bands: readonly PaywallCountBand[]; onChange(bands: PaywallCountBand[]): void }) {
  const { t } = useTranslation();
  const [invalidRow, setInvalidRow] = useState<number | null>(null);
  const change = (row: number, field: BandField, value: number | null) => {
    const next = bands.map((band, index) => (index === row ? { ...band, [field]: value } : { ...band }));
    const valid = value !== null ? readPaywallCountBands(next) : null;
    setInvalidRow(valid ? null : row);
    if (valid) onChange(valid);
  };
  return (
    <>
      <table className="paywall-bands">
        <thead>
          <tr>
            <th scope="col">{t('rhythm.thresholds.bandEpisodes')}</th>
            <th scope="col">{t('rhythm.thresholds.bandPaywalls')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, row) => (
            <tr key={row}>
              {(['Episodes', 'Paywalls'] as const).map((kind) => (
                <td key={kind}>
                  <BandNumber label={t(`rhythm.thresholds.band${kind}From`, { row: row + 1 })} value={band[`min${kind}`]}
                    onChange={(value) => change(row, `min${kind}`, value)} />
                  <span aria-hidden="true">–</span>
                  <BandNumber label={t(`rhythm.thresholds.band${kind}To`, { row: row + 1 })} value={band[`max${kind}`]}
                    onChange={(value) => change(row, `max${kind}`, value)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {invalidRow !== null && <p className="field-error" role="alert">{t('rhythm.thresholds.bandInvalid', { row: invalidRow + 1 })}</p>}
    </>
  );
}

/** One whole number; what is typed stays while it is being typed, a peer's change shows otherwise. */
function BandNumber({ label, value, onChange }: { label: string; value: number; onChange(value: number | null): void }) {
  const [text, setText] = useState(String(value));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(String(value));
  }, [value]);
  return (
    <input className="input paywall-bands__input" type="text" inputMode="numeric" autoComplete="off" aria-label={label} value={text}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false;
        setText(String(value));
      }}
      onChange={(event) => {
        setText(event.target.value);
        const number = /^\s*\d+\s*$/.test(event.target.value) ? Number(event.target.value) : null;
        onChange(number);
      }} />
  );
}
