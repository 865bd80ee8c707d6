import { useTranslation } from 'react-i18next';
import { SecondsBox, useSecondsDraft } from '../fields/SecondsBox';
import { parseTargetSeconds } from '../lib/duration';

interface TargetSecondsInputProps {
  id: string;
  seconds: number;
  onChange(seconds: number): void;
}

/** An episode's target length in seconds; bad input is explained in place and not written. */
export function TargetSecondsInput({ id, seconds, onChange }: TargetSecondsInputProps) {
  const { t } = useTranslation();
  const { text, setText, problem: invalid, setProblem: setInvalid, onFocus, blurred } = useSecondsDraft<true>(String(seconds));

  return (
    <SecondsBox
      id={id}
      message={invalid ? t('ui.errors.target') : null}
      inputMode="numeric"
      value={text}
      onFocus={onFocus}
      onBlur={() => {
        blurred();
        const parsed = parseTargetSeconds(text);
        if (parsed.ok) setText(String(parsed.seconds));
        else setInvalid(true);
      }}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = parseTargetSeconds(next);
        setInvalid(!parsed.ok && parsed.error !== 'empty' ? true : null);
        if (parsed.ok && parsed.seconds !== seconds) onChange(parsed.seconds);
      }}
    />
  );
}
