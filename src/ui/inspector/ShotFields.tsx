import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setBeat, updateShots } from '../../model';
import { TRANSITIONS, type BeatPatch, type Shot, type ShotPatch, type Transition } from '../../model/types';
import { DurationInput } from '../fields/DurationInput';
import { Field } from '../fields/Field';
import { IntensityField } from '../fields/IntensityField';
import { ClipField } from './ClipField';
import { MoveAmountField } from './MoveAmountField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useRunCommand } from '../hooks/useCommand';
import { useEnumOptions } from '../hooks/useEnumOptions';
import { commonValue, mixedChoice, mixedText } from '../lib/mixed';

interface ShotFieldsProps {
  /** One or more shots; with several, each field shows "Mixed" where they differ. */
  shots: readonly Shot[];
  /** Rendered between the camera fields and sound (the dialogue editor of a single shot). */
  dialogueSlot?: ReactNode;
}

/** The fields every selected shot shares. Each change writes all selected shots in one transaction. */
export function ShotFields({ shots, dialogueSlot }: ShotFieldsProps) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const options = useEnumOptions();
  const ids = shots.map((shot) => shot.id);

  const setField = (patch: ShotPatch) => run((doc) => updateShots(doc, ids, patch));
  const setBeatField = (patch: BeatPatch) => run((doc) => setBeat(doc, ids, patch));

  const common = <T,>(read: (shot: Shot) => T) => commonValue(shots, read);
  const notSet = t('ui.common.notSet');
  const duration = common((s) => s.durationMs);
  const intensity = common((s) => s.beat.intensity);
  const moveAmount = common((s) => s.moveAmount);
  // The amount only means something for a shot whose camera moves.
  const moves = shots.some((s) => s.movement !== null && s.movement !== 'static');
  const shotSelect = (field: 'size' | 'angle' | 'movement') => (
    <SelectField
      key={field}
      label={t(`ui.fields.${field}`)}
      {...mixedChoice(common((s) => s[field]))}
      options={options[field]}
      noneLabel={notSet}
      onChange={(next) => setField({ [field]: next } as ShotPatch)}
    />
  );
  const beatSelect = (field: 'beatType' | 'emotion', key: 'type' | 'emotion') => (
    <SelectField
      key={field}
      label={t(`ui.fields.${field}`)}
      {...mixedChoice(common((s) => s.beat[key]))}
      options={options[field]}
      noneLabel={notSet}
      onChange={(next) => setBeatField({ [key]: next } as BeatPatch)}
    />
  );

  return (
    <>
      <section className="panel-section" aria-labelledby="inspector-camera">
        <h3 id="inspector-camera" className="section-title">
          {t('ui.inspector.camera')}
        </h3>
        <TextField
          label={t('ui.fields.scene')}
          {...mixedText(common((s) => s.scene))}
          placeholder={t('ui.inspector.scenePlaceholder')}
          onChange={(next) => setField({ scene: next })}
        />
        <div className="field-grid">
          {shotSelect('size')}
          {shotSelect('angle')}
          {shotSelect('movement')}
          <Field label={t('ui.fields.duration')}>
            {({ id }) => (
              <DurationInput
                id={id}
                valueMs={duration.mixed ? undefined : duration.value}
                onChange={(ms) => setField({ durationMs: ms })}
              />
            )}
          </Field>
          <SelectField
            label={t('ui.fields.transition')}
            {...mixedChoice(common((s) => s.transition))}
            options={TRANSITIONS.map((value) => ({ value, label: t(`ui.transition.${value}`) }))}
            onChange={(next) => next && setField({ transition: next as Transition })}
          />
        </div>
        {moves && (
          <MoveAmountField value={moveAmount.mixed ? undefined : (moveAmount.value ?? null)} onChange={(next) => setField({ moveAmount: next })} />
        )}
        {/* A clip is one shot's own sound: set on one shot at a time. */}
        {shots.length === 1 && <ClipField shot={shots[0]!} />}
      </section>

      <section className="panel-section" aria-labelledby="inspector-story">
        <h3 id="inspector-story" className="section-title">
          {t('ui.inspector.story')}
        </h3>
        <TextField label={t('ui.fields.action')} multiline rows={3} {...mixedText(common((s) => s.action))}
          onChange={(next) => setField({ action: next })} />
        {dialogueSlot}
        <TextField
          label={t('ui.fields.sound')}
          {...mixedText(common((s) => s.sound))}
          placeholder={t('ui.inspector.soundPlaceholder')}
          onChange={(next) => setField({ sound: next })}
        />
        <TextField label={t('ui.fields.notes')} multiline rows={2} {...mixedText(common((s) => s.notes))}
          onChange={(next) => setField({ notes: next })} />
      </section>

      <section className="panel-section" aria-labelledby="inspector-beat">
        <h3 id="inspector-beat" className="section-title">
          {t('ui.inspector.beat')}
        </h3>
        <div className="field-grid">
          {beatSelect('beatType', 'type')}
          {beatSelect('emotion', 'emotion')}
        </div>
        <IntensityField
          value={intensity.mixed ? undefined : intensity.value}
          onChange={(next) => setBeatField({ intensity: next })}
        />
      </section>
    </>
  );
}
