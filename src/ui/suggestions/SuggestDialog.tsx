import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { askForSuggestions } from '../../ai/suggestions';
import { useNumberedBoard } from '../../hooks/board';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { type SuggestionKind } from '../../model';
import { Dialog } from '../dialogs/Dialog';
import { useNotify } from '../notify';
import { providerLabel } from './providerLabel';
import { useAiProvider } from './useAiProvider';

const KINDS: SuggestionKind[] = ['both', 'beats', 'dialogue'];

/** What to ask for the selected shots: beats, dialogue or both, how many, in what tone. */
export function SuggestDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const notify = useNotify();
  const { board, numbers } = useNumberedBoard();
  const selection = useStore(session.editor.selection);
  const provider = useAiProvider();
  const ids = selection.filter((id) => board.shots[id]);
  const [kind, setKind] = useState<SuggestionKind>('both');
  const [alternatives, setAlternatives] = useState(3);
  const [intensity, setIntensity] = useState(50);
  const [melodrama, setMelodrama] = useState(50);
  const [humour, setHumour] = useState(30);
  const baseId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onClose();
    session.editor.sidePanel.set('suggestions');
    const request = {
      shotIds: ids.slice(0, 20),
      kind,
      alternatives,
      tone: { intensity: intensity / 100, melodrama: melodrama / 100, humour: humour / 100 },
      seed: Math.floor(Math.random() * 1_000_000),
    };
    void askForSuggestions(session, request).then((failure) => {
      if (failure) notify.error(t('ai.errors.failed', { message: failure }));
    });
  };

  const slider = (name: 'intensity' | 'melodrama' | 'humour', value: number, set: (value: number) => void) => (
    <div className="suggest__slider">
      <label className="field-label" htmlFor={`${baseId}-${name}`}>{t(`ai.dialog.${name}`)}</label>
      <input id={`${baseId}-${name}`} type="range" min={0} max={100} step={10} value={value}
        aria-valuetext={`${value}%`} onChange={(event) => set(Number(event.target.value))} />
    </div>
  );

  return (
    <Dialog
      title={ids.length === 1 ? t('ai.dialog.title_one', { number: numbers[ids[0]!] }) : t('ai.dialog.title', { count: ids.length })}
      onClose={onClose}
      size="small"
      footer={
        <button type="submit" form={`${baseId}-form`} className="button button--primary" disabled={ids.length === 0}>
          {t('ai.dialog.submit')}
        </button>
      }
    >
      <form id={`${baseId}-form`} onSubmit={submit} className="suggest">
        <fieldset className="fieldset">
          <legend className="field-label">{t('ai.dialog.kind')}</legend>
          <div className="choice-list">
            {KINDS.map((value) => (
              <label key={value} className="choice">
                <input type="radio" name={`${baseId}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
                <span>{t(`ai.dialog.kinds.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field-label" htmlFor={`${baseId}-alternatives`}>{t('ai.dialog.alternatives')}</label>
        <select id={`${baseId}-alternatives`} className="input input--select" value={alternatives}
          onChange={(event) => setAlternatives(Number(event.target.value))}>
          {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
        {slider('intensity', intensity, setIntensity)}
        {slider('melodrama', melodrama, setMelodrama)}
        {slider('humour', humour, setHumour)}
        {provider && (
          <p className="field-hint">{t('ai.dialog.provider', { provider: providerLabel(t, provider.provider, provider.model) })}</p>
        )}
      </form>
    </Dialog>
  );
}
