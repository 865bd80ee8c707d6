import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRhythmSettings } from '../../hooks/rhythm';
import {
  DEFAULT_RHYTHM_THRESHOLDS, NUMERIC_THRESHOLDS, THRESHOLD_LIMITS, isValidThreshold, resetRhythmThresholds,
  setRhythmThresholds, type NumericThreshold,
} from '../../model';
import { useRunCommand } from '../hooks/useCommand';
import { PaywallBands } from './PaywallBands';

const SECONDS: ReadonlySet<NumericThreshold> = new Set(['hookWindowSeconds', 'flatStretchSeconds', 'runtimeMinSeconds', 'runtimeMaxSeconds']);

/** The Series tab's "Rhythm" section: the numbers the checks use, stored with the board. */
export function RhythmSection() {
  const { t } = useTranslation();
  const run = useRunCommand();
  const thresholds = useRhythmSettings()?.thresholds ?? DEFAULT_RHYTHM_THRESHOLDS;
  return (
    <section className="panel-section rhythm-section" aria-labelledby="series-rhythm">
      <h3 id="series-rhythm" className="section-title">{t('rhythm.thresholds.title')}</h3>
      <p className="muted rhythm-section__intro">{t('rhythm.thresholds.intro')}</p>
      <div className="rhythm-section__grid">
        {NUMERIC_THRESHOLDS.map((key) => (
          <ThresholdInput key={key} name={key} value={thresholds[key]}
            onChange={(value) => run((doc) => setRhythmThresholds(doc, { [key]: value }))} />
        ))}
      </div>
      <p className="field-label">{t('rhythm.thresholds.paywallCounts')}</p>
      <PaywallBands bands={thresholds.paywallCounts} onChange={(bands) => run((doc) => setRhythmThresholds(doc, { paywallCounts: bands }))} />
      <button type="button" className="button button--small" onClick={() => run((doc) => resetRhythmThresholds(doc))}>
        {t('rhythm.thresholds.reset')}
      </button>
    </section>
  );
}

function ThresholdInput({ name, value, onChange }: { name: NumericThreshold; value: number; onChange(value: number): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const focused = useRef(false);
  const limits = THRESHOLD_LIMITS[name];

  // A peer's change shows at once, unless this person is typing in the field.
  useEffect(() => {
    if (!focused.current) {
      setText(String(value));
      setInvalid(false);
    }
  }, [value]);

  const fallback = DEFAULT_RHYTHM_THRESHOLDS[name];
  return (
    <div className="threshold">
      <label className="field-label" htmlFor={id}>{t(`rhythm.thresholds.${name}`)}</label>
      <span className="input-with-unit">
        <input id={id} className="input threshold__input" type="text" inputMode="decimal" autoComplete="off" value={text}
          data-threshold={name} aria-invalid={invalid || undefined}
          onFocus={() => (focused.current = true)}
          onBlur={() => {
            focused.current = false;
            setText(String(value));
            setInvalid(false);
          }}
          onChange={(event) => {
            setText(event.target.value);
            const next = Number(event.target.value.replace(',', '.'));
            const ok = event.target.value.trim() !== '' && isValidThreshold(name, next);
            setInvalid(!ok && event.target.value.trim() !== '');
            if (ok && next !== value) onChange(next);
          }} />
        {SECONDS.has(name) && <span className="input-unit" aria-hidden="true">{t('rhythm.thresholds.seconds')}</span>}
      </span>
      <span className={invalid ? 'field-error' : 'muted threshold__default'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('rhythm.thresholds.invalid', { ...limits }) : value !== fallback ? t('rhythm.thresholds.default', { value: fallback }) : ''}
      </span>
    </div>
  );
}
