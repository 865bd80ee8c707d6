import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCharacter, CHARACTER_PALETTE, MAX_CHARACTER_NAME_LENGTH, removeCharacter, updateCharacter } from '../../model';
import type { Character } from '../../model/types';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { TextField } from '../fields/TextField';
import { useRunCommand } from '../hooks/useCommand';

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function CharactersSection({ characters }: { characters: Record<string, Character> }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const [removing, setRemoving] = useState<Character | null>(null);
  // Doc order, not alphabetical: a card must not jump away while its name is being typed.
  const list = Object.values(characters);

  function add() {
    const color = CHARACTER_PALETTE[list.length % CHARACTER_PALETTE.length];
    run((doc) => addCharacter(doc, { name: t('ui.series.newCharacter'), color }));
  }

  return (
    <section className="panel-section" aria-labelledby="series-characters">
      <h3 id="series-characters" className="section-title">
        {t('ui.series.characters')} <span className="count-badge">{list.length}</span>
      </h3>
      {list.length === 0 && <p className="empty-note">{t('ui.series.noCharacters')}</p>}
      <ul className="card-list">
        {list.map((character) => {
          const name = character.name || t('ui.series.unnamedCharacter');
          return (
            <li key={character.id} className="card-list__item character-card" role="group" aria-label={name}>
              <div className="character-card__head">
                <input
                  type="color"
                  className="color-swatch"
                  aria-label={t('ui.series.colorOf', { name })}
                  value={HEX_COLOR.test(character.color) ? character.color : '#888888'}
                  onChange={(event) => run((doc) => updateCharacter(doc, character.id, { color: event.target.value }))}
                />
                <TextField
                  className="character-card__name"
                  label={t('ui.series.name')}
                  value={character.name}
                  maxLength={MAX_CHARACTER_NAME_LENGTH}
                  onChange={(next) => run((doc) => updateCharacter(doc, character.id, { name: next }))}
                />
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={t('ui.series.removeCharacter', { name })}
                  title={t('ui.series.removeCharacter', { name })}
                  onClick={() => setRemoving(character)}
                >
                  ×
                </button>
              </div>
              <TextField label={t('ui.series.bio')} multiline rows={2} value={character.bio}
                onChange={(bio) => run((doc) => updateCharacter(doc, character.id, { bio }))} />
              <TextField label={t('ui.series.voice')} multiline rows={2} value={character.voice}
                placeholder={t('ui.series.voicePlaceholder')}
                onChange={(voice) => run((doc) => updateCharacter(doc, character.id, { voice }))} />
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--small" onClick={add}>
        {t('ui.series.addCharacter')}
      </button>
      {removing && (
        <ConfirmDialog
          title={t('ui.series.removeCharacterTitle')}
          message={t('ui.series.removeCharacterMessage', { name: removing.name || t('ui.series.unnamedCharacter') })}
          confirmLabel={t('ui.series.removeCharacterConfirm')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            run((doc) => removeCharacter(doc, removing.id));
            setRemoving(null);
          }}
        />
      )}
    </section>
  );
}
