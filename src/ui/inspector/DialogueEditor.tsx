import { useTranslation } from 'react-i18next';
import { addDialogueLine, moveDialogueLine, removeDialogueLine, updateDialogueLine } from '../../model';
import type { Character, DialogueLine, Shot } from '../../model/types';
import { IconButton } from '../fields/IconButton';
import { SelectControl } from '../fields/SelectField';
import { DraftText } from '../fields/TextField';
import { useRunCommand } from '../hooks/useCommand';

interface DialogueEditorProps {
  shot: Shot;
  characters: Record<string, Character>;
}

/** A new line usually answers the one before it, so it goes to whoever spoke two lines up. */
function nextSpeaker(lines: readonly DialogueLine[]): string | null {
  return lines.length >= 2 ? lines[lines.length - 2].characterId : null;
}

export function DialogueEditor({ shot, characters }: DialogueEditorProps) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const characterOptions = Object.values(characters)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((character) => ({ value: character.id, label: character.name || t('ui.series.unnamedCharacter') }));
  const lines = shot.dialogue;

  return (
    <fieldset className="fieldset dialogue">
      <legend className="field-label">{t('ui.fields.dialogue')}</legend>
      {lines.length === 0 && <p className="empty-note">{t('ui.dialogue.empty')}</p>}
      <ol className="dialogue__lines">
        {lines.map((line, index) => {
          const n = index + 1;
          const knownSpeaker = line.characterId === null || characters[line.characterId] !== undefined;
          return (
            <li key={index} className="dialogue__line">
              <div className="dialogue__head">
                <SelectControl
                  ariaLabel={t('ui.dialogue.characterOf', { n })}
                  className="input input--select dialogue__speaker"
                  value={knownSpeaker ? line.characterId : null}
                  options={characterOptions}
                  noneLabel={t('ui.dialogue.noCharacter')}
                  onChange={(characterId) => run((doc) => updateDialogueLine(doc, shot.id, index, { characterId }))}
                />
                <div className="dialogue__tools">
                  <IconButton label={t('ui.dialogue.moveUp', { n })} disabled={index === 0}
                    onClick={() => run((doc) => moveDialogueLine(doc, shot.id, index, index - 1))}>
                    ↑
                  </IconButton>
                  <IconButton label={t('ui.dialogue.moveDown', { n })} disabled={index === lines.length - 1}
                    onClick={() => run((doc) => moveDialogueLine(doc, shot.id, index, index + 1))}>
                    ↓
                  </IconButton>
                  <IconButton className="icon-button icon-button--danger" label={t('ui.dialogue.remove', { n })}
                    onClick={() => run((doc) => removeDialogueLine(doc, shot.id, index))}>
                    ×
                  </IconButton>
                </div>
              </div>
              <DraftText
                ariaLabel={t('ui.dialogue.parentheticalOf', { n })}
                className="input dialogue__parenthetical"
                placeholder={t('ui.dialogue.parentheticalPlaceholder')}
                value={line.parenthetical}
                onChange={(parenthetical) => run((doc) => updateDialogueLine(doc, shot.id, index, { parenthetical }))}
              />
              <DraftText
                ariaLabel={t('ui.dialogue.lineOf', { n })}
                className="input input--area dialogue__text"
                multiline
                rows={2}
                placeholder={t('ui.dialogue.linePlaceholder')}
                value={line.line}
                onChange={(text) => run((doc) => updateDialogueLine(doc, shot.id, index, { line: text }))}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--small"
        onClick={() => run((doc) => addDialogueLine(doc, shot.id, { characterId: nextSpeaker(lines), line: '', parenthetical: '' }))}
      >
        {t('ui.dialogue.add')}
      </button>
    </fieldset>
  );
}
