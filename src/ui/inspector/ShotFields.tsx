import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setBeat, updateShots } from '../../model';
import type { Angle, BeatPatch, BeatType, Emotion, Movement, Shot, ShotPatch, ShotSize } from '../../model/types';
import { DurationInput } from '../fields/DurationInput';
import { Field } from '../fields/Field';
import { IntensityField } from '../fields/IntensityField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useRunCommand } from '../hooks/useCommand';
import { useEnumOptions } from '../hooks/useEnumOptions';
import { commonValue } from '../lib/mixed';

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

  const scene = commonValue(shots, (s) => s.scene);
  const size = commonValue(shots, (s) => s.size);
  const angle = commonValue(shots, (s) => s.angle);
  const movement = commonValue(shots, (s) => s.movement);
  const duration = commonValue(shots, (s) => s.durationMs);
  const action = commonValue(shots, (s) => s.action);
  const sound = commonValue(shots, (s) => s.sound);
  const notes = commonValue(shots, (s) => s.notes);
  const beatType = commonValue(shots, (s) => s.beat.type);
  const emotion = commonValue(shots, (s) => s.beat.emotion);
  const intensity = commonValue(shots, (s) => s.beat.intensity);
  const notSet = t('ui.common.notSet');

  return (
    <>
      <section className="panel-section" aria-labelledby="inspector-camera">
        <h3 id="inspector-camera" className="section-title">
          {t('ui.inspector.camera')}
        </h3>
        <TextField
          label={t('ui.fields.scene')}
          value={scene.mixed ? '' : (scene.value ?? '')}
          mixed={scene.mixed}
          placeholder={t('ui.inspector.scenePlaceholder')}
          onChange={(next) => setField({ scene: next })}
        />
        <div className="field-grid">
          <SelectField
            label={t('ui.fields.size')}
            value={size.mixed ? null : (size.value ?? null)}
            mixed={size.mixed}
            options={options.size}
            noneLabel={notSet}
            onChange={(next) => setField({ size: next as ShotSize | null })}
          />
          <SelectField
            label={t('ui.fields.angle')}
            value={angle.mixed ? null : (angle.value ?? null)}
            mixed={angle.mixed}
            options={options.angle}
            noneLabel={notSet}
            onChange={(next) => setField({ angle: next as Angle | null })}
          />
          <SelectField
            label={t('ui.fields.movement')}
            value={movement.mixed ? null : (movement.value ?? null)}
            mixed={movement.mixed}
            options={options.movement}
            noneLabel={notSet}
            onChange={(next) => setField({ movement: next as Movement | null })}
          />
          <Field label={t('ui.fields.duration')}>
            {({ id }) => (
              <DurationInput
                id={id}
                valueMs={duration.mixed ? undefined : duration.value}
                onChange={(ms) => setField({ durationMs: ms })}
              />
            )}
          </Field>
        </div>
      </section>

      <section className="panel-section" aria-labelledby="inspector-story">
        <h3 id="inspector-story" className="section-title">
          {t('ui.inspector.story')}
        </h3>
        <TextField
          label={t('ui.fields.action')}
          multiline
          rows={3}
          value={action.mixed ? '' : (action.value ?? '')}
          mixed={action.mixed}
          onChange={(next) => setField({ action: next })}
        />
        {dialogueSlot}
        <TextField
          label={t('ui.fields.sound')}
          value={sound.mixed ? '' : (sound.value ?? '')}
          mixed={sound.mixed}
          placeholder={t('ui.inspector.soundPlaceholder')}
          onChange={(next) => setField({ sound: next })}
        />
        <TextField
          label={t('ui.fields.notes')}
          multiline
          rows={2}
          value={notes.mixed ? '' : (notes.value ?? '')}
          mixed={notes.mixed}
          onChange={(next) => setField({ notes: next })}
        />
      </section>

      <section className="panel-section" aria-labelledby="inspector-beat">
        <h3 id="inspector-beat" className="section-title">
          {t('ui.inspector.beat')}
        </h3>
        <div className="field-grid">
          <SelectField
            label={t('ui.fields.beatType')}
            value={beatType.mixed ? null : (beatType.value ?? null)}
            mixed={beatType.mixed}
            options={options.beatType}
            noneLabel={notSet}
            onChange={(next) => setBeatField({ type: next as BeatType | null })}
          />
          <SelectField
            label={t('ui.fields.emotion')}
            value={emotion.mixed ? null : (emotion.value ?? null)}
            mixed={emotion.mixed}
            options={options.emotion}
            noneLabel={notSet}
            onChange={(next) => setBeatField({ emotion: next as Emotion | null })}
          />
        </div>
        <IntensityField
          value={intensity.mixed ? undefined : intensity.value}
          onChange={(next) => setBeatField({ intensity: next })}
        />
      </section>
    </>
  );
}
