import { useTranslation } from 'react-i18next';
import { CloseIcon, NextIcon, PreviousIcon } from './icons';
import { SketchButton } from './SketchButton';

interface SketchHeaderProps {
  /** The shot number as the board shows it, e.g. "1.3". */
  number: string;
  scene: string;
  previousShotId: string | null;
  nextShotId: string | null;
  onOpenShot(shotId: string): void;
  onClose(): void;
}

/** Which shot is open, the way to its neighbours, and the way out. */
export function SketchHeader({ number, scene, previousShotId, nextShotId, onOpenShot, onClose }: SketchHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="bb-sketch-header">
      <SketchButton label={t('sketch.previousShot')} disabled={!previousShotId} onClick={() => previousShotId && onOpenShot(previousShotId)}>
        <PreviousIcon />
      </SketchButton>
      <h2 className="bb-sketch-title">
        {t('sketch.title', { number })}
        {scene ? <span className="bb-sketch-scene">{scene}</span> : null}
      </h2>
      <SketchButton label={t('sketch.nextShot')} disabled={!nextShotId} onClick={() => nextShotId && onOpenShot(nextShotId)}>
        <NextIcon />
      </SketchButton>
      <SketchButton
        className="bb-sketch-close"
        label={t('sketch.close')}
        title={t('sketch.withShortcut', { label: t('sketch.close'), keys: 'Esc' })}
        onClick={onClose}
      >
        <CloseIcon />
      </SketchButton>
    </header>
  );
}
