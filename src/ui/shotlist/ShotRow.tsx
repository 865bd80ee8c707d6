import { memo, useState, type MouseEvent } from 'react';
import { parseIntensity } from '../lib/intensity';
import { useTranslation } from 'react-i18next';
import { setBeat, updateShot } from '../../model';
import type { Angle, BeatType, Character, Emotion, Movement, ShotPatch, ShotSize } from '../../model/types';
import { DurationInput } from '../fields/DurationInput';
import { IntensityNumber } from '../fields/IntensityField';
import { SelectControl } from '../fields/SelectField';
import { DraftText } from '../fields/TextField';
import { useShot } from '../../hooks/board';
import { useRunCommand } from '../hooks/useCommand';
import type { EnumOptions } from '../hooks/useEnumOptions';
import { firstDialogueText } from '../lib/shotText';

export interface ShotRowProps {
  id: string;
  number: string;
  selected: boolean;
  characters: Record<string, Character>;
  options: EnumOptions;
  onSelect(id: string, event: MouseEvent): void;
}

/** One editable row. It subscribes to its own shot, so typing in one row re-renders only that row. */
export const ShotRow = memo(function ShotRow({ id, number, selected, characters, options, onSelect }: ShotRowProps) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const shot = useShot(id);
  if (!shot) return null;

  const of = (field: string) => t('ui.shotList.cellOf', { field: t(`ui.fields.${field}`), number });
  const set = (patch: ShotPatch) => run((doc) => updateShot(doc, id, patch));
  const notSet = t('ui.common.notSet');
  const dialogue = firstDialogueText(shot, characters);
  const moreLines = shot.dialogue.length - 1;

  return (
    <tr
      aria-selected={selected}
      className={selected ? 'shot-row is-selected' : 'shot-row'}
      data-shot-id={id}
      onClick={(event) => onSelect(id, event)}
      onMouseDown={(event) => {
        // Shift-click extends the shot selection, not a text selection across the table.
        if (event.shiftKey && !(event.target as HTMLElement).closest('input, textarea, select')) event.preventDefault();
      }}
    >
      <th scope="row" className="shot-row__number">
        {number}
      </th>
      <td>
        <DraftText ariaLabel={of('scene')} className="cell-input" value={shot.scene} onChange={(scene) => set({ scene })} />
      </td>
      <td>
        <SelectControl ariaLabel={of('size')} className="cell-input cell-input--select" value={shot.size} options={options.size}
          noneLabel={notSet} onChange={(size) => set({ size: size as ShotSize | null })} />
      </td>
      <td>
        <SelectControl ariaLabel={of('angle')} className="cell-input cell-input--select" value={shot.angle} options={options.angle}
          noneLabel={notSet} onChange={(angle) => set({ angle: angle as Angle | null })} />
      </td>
      <td>
        <SelectControl ariaLabel={of('movement')} className="cell-input cell-input--select" value={shot.movement}
          options={options.movement} noneLabel={notSet} onChange={(movement) => set({ movement: movement as Movement | null })} />
      </td>
      <td className="shot-row__duration">
        <DurationInput ariaLabel={of('duration')} className="cell-input cell-input--number" valueMs={shot.durationMs}
          onChange={(durationMs) => set({ durationMs })} />
      </td>
      <td className="shot-row__wide">
        <DraftText ariaLabel={of('action')} className="cell-input cell-input--area" multiline rows={2} value={shot.action}
          onChange={(action) => set({ action })} />
      </td>
      <td className="shot-row__dialogue">
        {dialogue}
        {moreLines > 0 && <span className="muted"> {t('ui.shotList.moreLines', { count: moreLines })}</span>}
      </td>
      <td>
        <SelectControl ariaLabel={of('beatType')} className="cell-input cell-input--select" value={shot.beat.type}
          options={options.beatType} noneLabel={notSet}
          onChange={(type) => run((doc) => setBeat(doc, [id], { type: type as BeatType | null }))} />
      </td>
      <td>
        <SelectControl ariaLabel={of('emotion')} className="cell-input cell-input--select" value={shot.beat.emotion}
          options={options.emotion} noneLabel={notSet}
          onChange={(emotion) => run((doc) => setBeat(doc, [id], { emotion: emotion as Emotion | null }))} />
      </td>
      <td>
        <IntensityCell label={of('intensity')} value={shot.beat.intensity}
          onChange={(intensity) => run((doc) => setBeat(doc, [id], { intensity }))} />
      </td>
      <td>
        <DraftText ariaLabel={of('sound')} className="cell-input" value={shot.sound} onChange={(sound) => set({ sound })} />
      </td>
      <td className="shot-row__wide">
        <DraftText ariaLabel={of('notes')} className="cell-input cell-input--area" multiline rows={2} value={shot.notes}
          onChange={(notes) => set({ notes })} />
      </td>
    </tr>
  );
});

/** 0-10 number box; anything else is marked invalid and not written. */
function IntensityCell({ label, value, onChange }: { label: string; value: number; onChange(next: number): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const invalid = draft !== null && parseIntensity(text) === null;
  return (
    <IntensityNumber
      label={label}
      text={text}
      invalid={invalid}
      title={invalid ? t('ui.errors.intensity') : undefined}
      className="cell-input cell-input--number"
      onText={(next) => {
        setDraft(next);
        const parsed = parseIntensity(next);
        if (parsed !== null) onChange(parsed);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
