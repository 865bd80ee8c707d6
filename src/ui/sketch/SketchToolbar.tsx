import { useEffect, useRef, useState, type ChangeEvent, type CSSProperties, type JSX, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SKETCH_COLORS,
  SKETCH_TOOLS,
  STROKE_WIDTH_NAMES,
  strokeWidthFor,
  type SketchTool,
} from '../../editor/tools/sketch/palette';
import { SKETCH_SHORTCUTS } from '../../editor/tools/sketch/shortcuts';
import { ClearIcon, EraserIcon, ImageIcon, MarkerIcon, PenIcon, RedoIcon, RemoveImageIcon, UndoIcon } from './icons';
import { SketchButton } from './SketchButton';
import type { SketchToolPrefs } from './toolPrefs';
import type { SketchUndo } from './useSketchUndo';

interface SketchToolbarProps {
  prefs: SketchToolPrefs;
  onPrefsChange(patch: Partial<SketchToolPrefs>): void;
  history: SketchUndo;
  hasStrokes: boolean;
  hasImage: boolean;
  imageBusy: boolean;
  onClear(): void;
  onPickImage(file: File): void;
  onRemoveImage(): void;
}

const TOOL_ICONS: Record<SketchTool, () => JSX.Element> = { pen: PenIcon, marker: MarkerIcon, eraser: EraserIcon };
const HISTORY_STEPS = [
  { step: 'undo', can: 'canUndo', Icon: UndoIcon },
  { step: 'redo', can: 'canRedo', Icon: RedoIcon },
] as const;
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Key labels as this platform writes them: Mod is Cmd on a Mac and Ctrl elsewhere. */
function keyLabel(keys: string): string {
  return keys.replace('Mod', IS_MAC ? '⌘' : 'Ctrl');
}

export function SketchToolbar(props: SketchToolbarProps) {
  const { prefs, onPrefsChange, history } = props;
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const withKeys = (label: string, keys: string) => t('sketch.withShortcut', { label, keys: keyLabel(keys) });

  const pickFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so picking the same file again (after fixing it, say) still fires a change.
    event.target.value = '';
    if (file) props.onPickImage(file);
  };

  return (
    <div className="bb-sketch-toolbar" role="toolbar" aria-label={t('sketch.toolbar')}>
      <div className="bb-sketch-group" role="group" aria-label={t('sketch.tools.group')}>
        {SKETCH_TOOLS.map((tool) => {
          const ToolIcon = TOOL_ICONS[tool];
          const label = t(`sketch.tools.${tool}`);
          return (
            <SketchButton
              key={tool}
              label={label}
              pressed={prefs.tool === tool}
              title={withKeys(label, SKETCH_SHORTCUTS[tool])}
              onClick={() => onPrefsChange({ tool })}
            >
              <ToolIcon />
            </SketchButton>
          );
        })}
      </div>

      <div className="bb-sketch-group" role="group" aria-label={t('sketch.colors.group')}>
        {SKETCH_COLORS.map((swatch) => (
          <button
            key={swatch.id}
            type="button"
            className="bb-sketch-swatch"
            style={{ '--swatch': swatch.value } as CSSProperties}
            aria-label={t(`sketch.colors.${swatch.id}`)}
            aria-pressed={prefs.color === swatch.value}
            title={t(`sketch.colors.${swatch.id}`)}
            onClick={() => onPrefsChange({ color: swatch.value })}
          />
        ))}
        <input
          type="color"
          className="bb-sketch-color-input"
          aria-label={t('sketch.colors.custom')}
          title={t('sketch.colors.custom')}
          value={prefs.color}
          onChange={(event) => onPrefsChange({ color: event.target.value })}
        />
      </div>

      <div className="bb-sketch-group" role="group" aria-label={t('sketch.widths.group')}>
        {STROKE_WIDTH_NAMES.map((width) => (
          <SketchButton
            key={width}
            label={t(`sketch.widths.${width}`)}
            pressed={prefs.width === width}
            onClick={() => onPrefsChange({ width })}
          >
            <span className="bb-sketch-width-dot" style={{ width: widthDot(width), height: widthDot(width) }} aria-hidden="true" />
          </SketchButton>
        ))}
      </div>

      <div className="bb-sketch-group">
        {HISTORY_STEPS.map(({ step, can, Icon }) => (
          <SketchButton
            key={step}
            label={t(`sketch.${step}`)}
            title={withKeys(t(`sketch.${step}`), SKETCH_SHORTCUTS[step])}
            disabled={!history[can]}
            onClick={history[step]}
          >
            <Icon />
          </SketchButton>
        ))}
        <ClearButton disabled={!props.hasStrokes} onConfirm={props.onClear} />
      </div>

      <div className="bb-sketch-group">
        <button
          type="button"
          className="bb-sketch-button bb-sketch-button--text"
          disabled={props.imageBusy}
          onClick={() => fileInput.current?.click()}
        >
          <ImageIcon />
          <span>{t('sketch.pickImage')}</span>
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          hidden
          tabIndex={-1}
          aria-label={t('sketch.imageFile')}
          onChange={pickFile}
        />
        <SketchButton label={t('sketch.removeImage')} disabled={!props.hasImage || props.imageBusy} onClick={props.onRemoveImage}>
          <RemoveImageIcon />
        </SketchButton>
      </div>
    </div>
  );
}

/** The swatch dot of a width button, in CSS pixels, scaled from the stored width. */
function widthDot(width: (typeof STROKE_WIDTH_NAMES)[number]): number {
  return Math.round(strokeWidthFor('pen', width) * 500);
}

/** Clear asks first: it wipes every stroke of the shot at once. It stays undoable. */
function ClearButton({ disabled, onConfirm }: { disabled: boolean; onConfirm(): void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keepButton.current?.focus();
    else if (wasAsking.current) {
      const button = clearButton.current;
      // After a clear the button is disabled (nothing left to clear) and cannot take focus;
      // the editor itself does, so its shortcuts keep working.
      if (button && !button.disabled) button.focus();
      else button?.closest<HTMLElement>('dialog')?.focus();
    }
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <SketchButton ref={clearButton} label={t('sketch.clear')} disabled={disabled} onClick={() => setAsking(true)}>
        <ClearIcon />
      </SketchButton>
    );
  }

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape here backs out of the question; it must not also close the whole editor.
    event.preventDefault();
    event.stopPropagation();
    setAsking(false);
  };

  return (
    <div className="bb-sketch-confirm" role="group" aria-label={t('sketch.clearQuestion')} onKeyDown={cancelOnEscape}>
      <span className="bb-sketch-confirm-text">{t('sketch.clearQuestion')}</span>
      <button
        type="button"
        className="bb-sketch-button bb-sketch-button--danger"
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {t('sketch.clearConfirm')}
      </button>
      <button ref={keepButton} type="button" className="bb-sketch-button bb-sketch-button--text" onClick={() => setAsking(false)}>
        {t('sketch.clearCancel')}
      </button>
    </div>
  );
}
